using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Introductions;
using MemberHub.Web.Features.Community.Profiles;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Community;

/// <summary>The member's profile and posts in their personal-data download.</summary>
internal sealed class CommunityPersonalData(IDbContextFactory<AppDbContext> contexts) : IPersonalDataSource
{
    public string Name => "Community";

    public async Task<object?> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var profile = await db.Set<MemberProfile>().AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new { p.AvatarUrl, p.Headline, p.City, p.Links, p.RulesAcceptedVersion, p.RulesAcceptedAtUtc, p.IntroducedAtUtc, p.Points })
            .SingleOrDefaultAsync(cancellationToken);
        var introductions = await db.Set<Introduction>().AsNoTracking().Where(i => i.AuthorId == userId)
            .Select(i => new { i.Id, i.BodyMarkdown, i.CreatedAtUtc, i.IsHidden }).ToListAsync(cancellationToken);
        var replies = await db.Set<IntroductionReply>().AsNoTracking().Where(r => r.AuthorId == userId)
            .Select(r => new { r.Id, r.IntroductionId, r.BodyMarkdown, r.CreatedAtUtc, r.IsHidden }).ToListAsync(cancellationToken);
        return new { profile, introductions, replies };
    }
}
