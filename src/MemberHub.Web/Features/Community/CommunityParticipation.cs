using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Memberships.Access;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Community;

/// <summary>The access policy's view of the joining ritual (profile) and standing (moderation) records.</summary>
public sealed class CommunityParticipation(CommunitySettingsService community) : IParticipationRecords
{
    public async Task<Participation> ReadAsync(AppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var profile = await db.Set<MemberProfile>().AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new { p.RulesAcceptedVersion, p.IntroducedAtUtc }).SingleOrDefaultAsync(cancellationToken);
        var standing = await db.Set<MemberStanding>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        return new Participation(profile?.RulesAcceptedVersion ?? 0, profile?.IntroducedAtUtc, standing?.SuspendedUntilUtc, standing?.BannedAtUtc);
    }

    public async Task<RitualRules> RitualAsync(CancellationToken cancellationToken)
    {
        var settings = await community.GetAsync(cancellationToken);
        return new RitualRules(settings.RulesVersion, settings.RequireIntroduction);
    }

    /// <summary>The rows of the viewer kept here (<see cref="ViewerRows"/>).</summary>
    public static string? MemberOf(object row) => row switch
    {
        MemberStanding standing => standing.UserId,
        MemberProfile profile => profile.UserId,
        _ => null,
    };
}
