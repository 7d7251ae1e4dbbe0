using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
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
/// The community's phase from its last four quarters (members, joins, ends, who took part, posts), and the renewals due
/// in the next 90 days weighed by each renewing member's last 30 days. Counted in the database, period by period.
/// </summary>
public sealed class LifecycleReport(IDbContextFactory<AppDbContext> contexts, MemberAccess access, TimeProvider clock, IStringLocalizer<DashboardText> text)
{
    public const int PeriodDays = 90;
    public const int Periods = 4;

    public async Task<Outcome<LifecycleSnapshot>> ReadAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<LifecycleSnapshot>.Refused(text["OwnerOnly"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var memberships = db.Set<Membership>().AsNoTracking().Where(m => m.Status != MembershipStatus.Incomplete);
        var first = await memberships.MinAsync(m => (DateTime?)m.StartedAtUtc, cancellationToken);
        var ageDays = first is { } since ? Math.Max(0, (int)(now - since).TotalDays) : 0;

        var periods = new List<PeriodFigures>(Periods);
        for (var k = Periods; k >= 1; k--)
        {
            var (start, end) = (now.AddDays(-PeriodDays * k), now.AddDays(-PeriodDays * (k - 1)));
            if (first is null || end <= first)
            {
                continue;
            }
            var members = memberships.Select(m => m.UserId);
            periods.Add(new PeriodFigures(DateOnly.FromDateTime(start), DateOnly.FromDateTime(end).AddDays(-1),
                await memberships.CountAsync(m => m.StartedAtUtc < start && (m.EndedAtUtc == null || m.EndedAtUtc >= start), cancellationToken),
                await memberships.CountAsync(m => m.StartedAtUtc >= start && m.StartedAtUtc < end, cancellationToken),
                await memberships.CountAsync(m => m.StartedAtUtc < end && m.EndedAtUtc >= start && m.EndedAtUtc < end, cancellationToken),
                await Activity.People(db, start, end).Where(p => members.Contains(p)).CountAsync(cancellationToken),
                await Activity.Writers(db, start, end).CountAsync(cancellationToken)));
        }

        var horizon = now.AddDays(PeriodDays);
        var dueSoon = memberships
            .Where(m => m.Source == MembershipSource.Stripe && (m.Status == MembershipStatus.Active || m.Status == MembershipStatus.PastDue)
                        && m.CurrentPeriodEndUtc > now && m.CurrentPeriodEndUtc <= horizon);
        var due = await dueSoon.Select(m => new { m.UserId, End = m.CurrentPeriodEndUtc!.Value, m.CancelAtPeriodEnd }).ToListAsync(cancellationToken);
        // Matched in the database against the renewing members as a subquery (built once), not a list of ids sent along.
        var renewingIds = dueSoon.Select(m => m.UserId);
        var lately = (await Activity.People(db, now.AddDays(-30), now.AddSeconds(1)).Where(p => renewingIds.Contains(p)).ToListAsync(cancellationToken)).ToHashSet();
        var renewals = Enumerable.Range(0, 3).Select(month =>
        {
            var (from, to) = (now.AddDays(30 * month), now.AddDays(30 * (month + 1)));
            var inMonth = due.Where(d => d.End > from && d.End <= to).ToList();
            var renewing = inMonth.Where(d => !d.CancelAtPeriodEnd).ToList();
            return new RenewalMonth(DateOnly.FromDateTime(from), DateOnly.FromDateTime(to), inMonth.Count, inMonth.Count - renewing.Count,
                renewing.Count(d => lately.Contains(d.UserId)), renewing.Count(d => !lately.Contains(d.UserId)));
        }).ToList();
        return Outcome<LifecycleSnapshot>.Ok(new LifecycleSnapshot(LifecycleReading.Read(periods, ageDays), periods, renewals));
    }
}
