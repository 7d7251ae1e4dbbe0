using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Memberships;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Dashboard.Engagement;

public sealed record CoreMember(string UserId, string Name, int Points);

public sealed record SilentMember(string UserId, string Name, DateTime? RenewsAtUtc, bool EndsAtPeriodEnd);

public sealed record EngagementSnapshot(int Members, IReadOnlyDictionary<Segment, int> BySegment, IReadOnlyList<CoreMember> Core, IReadOnlyList<SilentMember> Silent)
{
    public double? Share(Segment segment) => Members == 0 ? null : (double)BySegment.GetValueOrDefault(segment) / Members;
}

/// <summary>
/// Who lurks, who takes part and who leads over the last 30 days, among the members with access now (staff left
/// out), with the core members by points and the paying members who said nothing — the renewal risk — by renewal date.
/// </summary>
public sealed class EngagementReport(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, IOptions<MembershipOptions> options, TimeProvider clock, IStringLocalizer<DashboardText> text)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    public async Task<Outcome<EngagementSnapshot>> ReadAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<EngagementSnapshot>.Refused(text["OwnerOnly"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Window;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staff = (await db.UserRoles.Select(r => r.UserId).ToListAsync(cancellationToken)).ToHashSet();
        var memberships = (await MembershipNow.AllAsync(db, now, options.Value.Grace, cancellationToken))
            .Where(m => !staff.Contains(m.Membership.UserId) && m.Phase.GivesAccess()).ToList();
        var members = memberships.Select(m => m.Membership.UserId).ToList();
        var points = await db.Set<PointAward>().Where(a => a.CreatedAtUtc >= since).GroupBy(a => a.UserId)
            .Select(g => new { UserId = g.Key, Points = g.Sum(a => a.Points) }).ToDictionaryAsync(p => p.UserId, p => p.Points, cancellationToken);
        var active = (await Activity.People(db, since, DateTime.MaxValue).ToListAsync(cancellationToken)).ToHashSet();
        var segments = Segments.Of(members, points, active);
        var names = await DisplayNames.OfAsync(db, members, cancellationToken);
        var core = segments.Where(s => s.Value == Segment.Core).Select(s => new CoreMember(s.Key, names.GetValueOrDefault(s.Key, "?"), points[s.Key]))
            .OrderByDescending(c => c.Points).ThenBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        var silent = memberships.Where(m => m.Pays && segments[m.Membership.UserId] == Segment.Lurker).Select(m => m.Membership)
            .Select(m => new SilentMember(m.UserId, names.GetValueOrDefault(m.UserId, "?"), m.CurrentPeriodEndUtc, m.CancelAtPeriodEnd))
            .OrderBy(s => s.RenewsAtUtc ?? DateTime.MaxValue).ToList();
        return Outcome<EngagementSnapshot>.Ok(new EngagementSnapshot(members.Count,
            Enum.GetValues<Segment>().ToDictionary(s => s, s => segments.Values.Count(v => v == s)), core, silent));
    }
}
