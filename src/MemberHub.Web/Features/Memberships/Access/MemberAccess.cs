using System.Security.Claims;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Memberships.Access;

/// <summary>
/// The one access policy: "may this user see or do this?", answered on the server from the database (roles,
/// membership, tier rank) at the moment of asking. Every gated page, component action and endpoint asks it.
/// </summary>
public sealed class MemberAccess(
    IDbContextFactory<AppDbContext> contexts, CommunitySettingsService community,
    IOptions<MembershipOptions> options, TimeProvider clock, IHttpContextAccessor http, PerUserCache<Viewer> viewers)
{
    public Task<Viewer> ViewerAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        ViewerAsync(user.UserId(), cancellationToken);

    public async Task<Viewer> ViewerAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (userId is null)
        {
            return Viewer.Anonymous;
        }
        // A server-rendered page asks from its layout, gate, banners and services; within one HTTP request the answer
        // cannot change, so it is taken once. Across requests and circuits it is kept until a save touches one of its
        // rows (ViewerChanges), so it is as fresh as the database at the moment of asking.
        var request = http.HttpContext;
        var cacheable = request is not null && !request.Request.Path.StartsWithSegments("/_blazor");
        var key = (typeof(Viewer), userId);
        if (cacheable && request!.Items.TryGetValue(key, out var cached) && cached is Viewer known)
        {
            return known;
        }
        var viewer = await viewers.GetAsync(userId, cancel => ReadViewerAsync(userId, cancel), cancellationToken);
        if (cacheable)
        {
            request!.Items[key] = viewer;
        }
        return viewer;
    }

    private async Task<Viewer> ReadViewerAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var membership = await db.Set<Billing.Membership>().AsNoTracking().Include(m => m.Tier)
            .SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        var roles = await StaffDirectory.RolesOfAsync(db, userId, cancellationToken);
        var profile = await db.Set<MemberProfile>().AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new { p.RulesAcceptedVersion, p.IntroducedAtUtc }).SingleOrDefaultAsync(cancellationToken);
        var standing = await db.Set<MemberStanding>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        var participation = new Participation(profile?.RulesAcceptedVersion ?? 0, profile?.IntroducedAtUtc, standing?.SuspendedUntilUtc, standing?.BannedAtUtc);
        return new Viewer(userId, roles, membership, membership?.Tier?.Rank ?? 0, participation);
    }

    /// <summary>May this user write a post in <paramref name="place"/>? Ask it in the service method that saves the post.</summary>
    public async Task<AccessDecision> PostAsync(string? userId, PostPlace place, int requiredRank = 0, CancellationToken cancellationToken = default)
    {
        var viewer = await ViewerAsync(userId, cancellationToken);
        var settings = await community.GetAsync(cancellationToken);
        return AccessRules.Post(viewer, place, requiredRank, clock.GetUtcNow().UtcDateTime, options.Value.Grace,
            new RitualRules(settings.RulesVersion, settings.RequireIntroduction));
    }

    public async Task<AccessDecision> ModerateAsync(string? userId, CancellationToken cancellationToken = default) =>
        AccessRules.Moderate(await ViewerAsync(userId, cancellationToken));

    public async Task<AccessDecision> MemberContentAsync(ClaimsPrincipal user, int requiredRank = 0, CancellationToken cancellationToken = default) =>
        MemberContent(await ViewerAsync(user, cancellationToken), requiredRank);

    public async Task<AccessDecision> MemberContentAsync(string? userId, int requiredRank = 0, CancellationToken cancellationToken = default) =>
        MemberContent(await ViewerAsync(userId, cancellationToken), requiredRank);

    public AccessDecision MemberContent(Viewer viewer, int requiredRank = 0) =>
        AccessRules.MemberContent(viewer, requiredRank, clock.GetUtcNow().UtcDateTime, options.Value.Grace);

    public async Task<AccessDecision> OwnerOnlyAsync(string? userId, CancellationToken cancellationToken = default) =>
        AccessRules.OwnerOnly(await ViewerAsync(userId, cancellationToken));

    public MembershipPhase PhaseOf(Billing.Membership? membership) =>
        MembershipPhases.Of(membership, clock.GetUtcNow().UtcDateTime, options.Value.Grace);
}
