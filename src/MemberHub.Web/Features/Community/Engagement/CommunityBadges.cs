using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Profiles;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Community.Engagement;

/// <summary>What shows beside a member's name on posts: their engagement level and any staff role.</summary>
public sealed record Badges(EngagementLevel Level, IReadOnlyList<string> Roles);

public sealed class CommunityBadges(IDbContextFactory<AppDbContext> contexts, PointsService points)
{
    public async Task<IReadOnlyDictionary<string, Badges>> ForAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        var levels = await points.LevelsAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var totals = await db.Set<MemberProfile>().AsNoTracking().Where(p => ids.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, p => p.Points, cancellationToken);
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId)).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return ids.ToDictionary(id => id, id => new Badges(PointsService.LevelOf(levels, totals.GetValueOrDefault(id)),
            roles.Where(r => r.UserId == id).Select(r => r.Name!).ToList()));
    }
}
