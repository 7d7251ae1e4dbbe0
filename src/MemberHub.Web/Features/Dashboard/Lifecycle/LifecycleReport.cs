using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.TakingPart;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard.Lifecycle;

/// <summary>Renewals due in one month of the next 90 days: who will end, who took part lately, who was silent.</summary>
public sealed record RenewalMonth(DateOnly From, DateOnly To, int Due, int WillEnd, int Active, int Silent)
{
    /// <summary>A member who took part in the last 30 days renews 9 times in 10, a silent one 1 in 2, one who cancelled never.</summary>
    public const double ActiveRenews = 0.9;
    public const double SilentRenews = 0.5;

    public double Expected => Active * ActiveRenews + Silent * SilentRenews;
}

public sealed record LifecycleSnapshot(LifecycleVerdict Verdict, IReadOnlyList<PeriodFigures> Periods, IReadOnlyList<RenewalMonth> Renewals)
{
    public int RenewalsDue => Renewals.Sum(r => r.Due);
    public double RenewalsExpected => Renewals.Sum(r => r.Expected);
}

/// <summary>
/// The community's phase from its last four full calendar quarters (members, joins, ends, who took part, posts), and the
/// renewals due in the next 90 days weighed by each renewing member's last 30 days. Counted in the database, quarter by
/// quarter; who took part comes from <see cref="QuarterParticipation"/>, one row per member per quarter.
/// </summary>
public sealed class LifecycleReport(IDbContextFactory<AppDbContext> contexts, MemberAccess access, TimeProvider clock, IStringLocalizer<DashboardText> text)
{
    public const int Periods = 4;
    public const int RenewalDays = 90;

    public async Task<Outcome<LifecycleSnapshot>> ReadAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<LifecycleSnapshot>.Refused(text["OwnerOnly"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var memberships = db.Set<Membership>().AsNoTracking().Where(m => m.Status != MembershipStatus.Incomplete);
        var first = await memberships.MinAsync(m => (DateTime?)m.StartedAtUtc, cancellationToken);
        var ageDays = first is { } since ? Math.Max(0, (int)(now - since).TotalDays) : 0;

        // Full quarters only: a quarter under way would read as a fall in every curve.
        var current = QuarterParticipation.QuarterOf(now);
        var periods = new List<PeriodFigures>(Periods);
        for (var k = Periods; k >= 1; k--)
        {
            var quarter = current.AddMonths(-3 * k);
            var (start, end) = (quarter.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), quarter.AddMonths(3).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            if (first is null || end <= first)
            {
                continue;
            }
            periods.Add(new PeriodFigures(quarter, quarter.AddMonths(3).AddDays(-1),
                await memberships.CountAsync(m => m.StartedAtUtc < start && (m.EndedAtUtc == null || m.EndedAtUtc >= start), cancellationToken),
                await memberships.CountAsync(m => m.StartedAtUtc >= start && m.StartedAtUtc < end, cancellationToken),
                await memberships.CountAsync(m => m.StartedAtUtc < end && m.EndedAtUtc >= start && m.EndedAtUtc < end, cancellationToken),
                await db.Set<QuarterParticipation>().CountAsync(p => p.QuarterStart == quarter && memberships.Any(m => m.UserId == p.UserId), cancellationToken),
                await Activity.Writers(db, start, end).CountAsync(cancellationToken)));
        }

        var horizon = now.AddDays(RenewalDays);
        // A pass does not renew by itself: its end is a renewal the member decides, like a subscription's.
        var dueSoon = memberships
            .Where(m => (m.Source == MembershipSource.Stripe || m.Source == MembershipSource.Pass) && (m.Status == MembershipStatus.Active || m.Status == MembershipStatus.PastDue)
                        && m.CurrentPeriodEndUtc > now && m.CurrentPeriodEndUtc <= horizon);
        // Counted in the database by month and cancelled or not, with how many took part in the last 30 days.
        var monthAgo = now.AddDays(-30);
        var (first30, first60) = (now.AddDays(30), now.AddDays(60));
        var due = await dueSoon
            .Select(m => new
            {
                Month = m.CurrentPeriodEndUtc <= first30 ? 0 : m.CurrentPeriodEndUtc <= first60 ? 1 : 2,
                Ends = m.CancelAtPeriodEnd,
                Lately = m.LastTookPartAtUtc >= monthAgo,
            })
            .GroupBy(d => new { d.Month, d.Ends })
            .Select(g => new { g.Key.Month, g.Key.Ends, Count = g.Count(), Lately = g.Count(d => d.Lately) })
            .ToListAsync(cancellationToken);
        var renewals = Enumerable.Range(0, 3).Select(month =>
        {
            var inMonth = due.Where(d => d.Month == month).ToList();
            var renewing = inMonth.Where(d => !d.Ends).ToList();
            return new RenewalMonth(DateOnly.FromDateTime(now.AddDays(30 * month)), DateOnly.FromDateTime(now.AddDays(30 * (month + 1))),
                inMonth.Sum(d => d.Count), inMonth.Where(d => d.Ends).Sum(d => d.Count), renewing.Sum(d => d.Lately), renewing.Sum(d => d.Count - d.Lately));
        }).ToList();
        return Outcome<LifecycleSnapshot>.Ok(new LifecycleSnapshot(LifecycleReading.Read(periods, ageDays), periods, renewals));
    }
}
