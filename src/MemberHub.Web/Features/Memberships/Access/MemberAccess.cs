using System.Diagnostics.Metrics;
using System.Security.Claims;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Memberships.Access;

/// <summary>
/// The one access policy: "may this user see or do this?", answered on the server from the database (roles,
/// membership, tier rank) at the moment of asking. Every gated page, component action and endpoint asks it.
/// </summary>
public sealed class MemberAccess(
    IDbContextFactory<AppDbContext> contexts, IParticipationRecords participation,
    IOptions<MembershipOptions> options, TimeProvider clock, IHttpContextAccessor http, PerUserCache<Viewer> viewers)
{
    /// <summary>Each time a page or command asks who a signed-in viewer is (answered from memory or the database): a command asks once.</summary>
    public static readonly Meter Meter = new("MemberHub.Access");

    private static readonly Counter<long> Lookups = Meter.CreateCounter<long>("memberhub.viewer.lookups");

    public Task<Viewer> ViewerAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        ViewerAsync(user.UserId(), cancellationToken);

    public async Task<Viewer> ViewerAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (userId is null)
        {
            return Viewer.Anonymous;
        }
        Lookups.Add(1);
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
        var standing = await participation.ReadAsync(db, userId, cancellationToken);
        return new Viewer(userId, roles, membership, membership?.Tier?.Rank ?? 0, standing);
    }

    /// <summary>May this viewer write a post in <paramref name="place"/>? Asked through PostingGuard by the service method that saves the post.</summary>
    public async Task<AccessDecision> PostAsync(Viewer viewer, PostPlace place, int requiredRank = 0, CancellationToken cancellationToken = default) =>
        AccessRules.Post(viewer, place, requiredRank, clock.GetUtcNow().UtcDateTime, options.Value.Grace,
            await participation.RitualAsync(cancellationToken));

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
