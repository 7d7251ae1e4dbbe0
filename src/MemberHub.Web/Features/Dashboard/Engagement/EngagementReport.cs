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
        // The members with access now, staff left out, read in the database's own filter: who they are, whether they took
        // part lately, and for the paying ones who did not (the silent ones are among them) when they renew. Dates for
        // those only: at 50 000 members, reading a date for everyone cost more than all the rest.
        var staff = db.UserRoles.Select(r => r.UserId);
        var memberships = await db.Set<Membership>().AsNoTracking()
            .Where(MembershipPhases.In(now, options.Value.Grace, MembershipPhase.Trial, MembershipPhase.Active, MembershipPhase.EndingAtPeriodEnd, MembershipPhase.Grace))
            .Where(m => !staff.Contains(m.UserId))
            .Select(m => new
            {
                m.UserId,
                TookPart = m.LastTookPartAtUtc >= since,
                Pays = m.Source == MembershipSource.Stripe && m.Status != MembershipStatus.Trialing && m.Status != MembershipStatus.Incomplete,
                m.CurrentPeriodEndUtc,
                m.CancelAtPeriodEnd,
            })
            .Select(m => new
            {
                m.UserId,
                m.TookPart,
                QuietPayer = m.Pays && !m.TookPart,
                RenewsAtUtc = m.Pays && !m.TookPart ? m.CurrentPeriodEndUtc : null,
                m.CancelAtPeriodEnd,
            })
            .ToListAsync(cancellationToken);
        var members = memberships.Select(m => m.UserId).ToList();
        // The window's awards, summed here: grouped in SQL, SQLite walks every award in user order instead of the window.
        var points = (await db.Set<PointAward>().Where(a => a.CreatedAtUtc >= since).Select(a => new { a.UserId, a.Points }).ToListAsync(cancellationToken))
            .GroupBy(a => a.UserId).ToDictionary(g => g.Key, g => g.Sum(a => a.Points));
        var active = memberships.Where(m => m.TookPart).Select(m => m.UserId).ToHashSet();
        var segments = Segments.Of(members, points, active);
        var silentMembers = memberships.Where(m => m.QuietPayer && segments[m.UserId] == Segment.Lurker).ToList();
        // Names only for the people listed, never for every member.
        var names = await DisplayNames.OfAsync(db, segments.Where(s => s.Value == Segment.Core).Select(s => s.Key).Concat(silentMembers.Select(m => m.UserId)),
            cancellationToken);
        var core = segments.Where(s => s.Value == Segment.Core).Select(s => new CoreMember(s.Key, names.GetValueOrDefault(s.Key, "?"), points[s.Key]))
            .OrderByDescending(c => c.Points).ThenBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        var silent = silentMembers.Select(m => new SilentMember(m.UserId, names.GetValueOrDefault(m.UserId, "?"), m.RenewsAtUtc, m.CancelAtPeriodEnd))
            .OrderBy(s => s.RenewsAtUtc ?? DateTime.MaxValue).ToList();
        return Outcome<EngagementSnapshot>.Ok(new EngagementSnapshot(members.Count,
            Enum.GetValues<Segment>().ToDictionary(s => s, s => segments.Values.Count(v => v == s)), core, silent));
    }
}
