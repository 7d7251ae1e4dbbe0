using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Billing;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Dashboard.Revenue;

/// <summary>Money given back in one bucket and currency: how many charges, and how much in minor units.</summary>
public sealed record RefundBucket(DateOnly Start, DateOnly End, string Currency, int Charges, long Minor);

/// <summary>Refunds per bucket and currency, summed per day in the database (a charge counts on the day of its last refund).</summary>
public static class RefundTotals
{
    public static async Task<IReadOnlyList<RefundBucket>> ReadAsync(AppDbContext db, ReportRange range, CancellationToken cancellationToken)
    {
        var days = await db.Set<MembershipRefund>().AsNoTracking()
            .Where(r => r.RefundedAtUtc >= range.StartUtc && r.RefundedAtUtc < range.EndUtc)
            .GroupBy(r => new { r.Currency, Day = r.RefundedAtUtc.Date })
            .Select(g => new { g.Key.Currency, g.Key.Day, Charges = g.Count(), Minor = g.Sum(r => r.AmountRefundedMinor) })
            .ToListAsync(cancellationToken);
        return days.Select(d => d.Currency).Distinct().Order(StringComparer.Ordinal)
            .SelectMany(currency => range.Buckets().Select(b =>
            {
                var inBucket = days.Where(d => d.Currency == currency && ReportRange.Holds(b, d.Day)).ToList();
                return new RefundBucket(b.Start, b.End, currency, inBucket.Sum(d => d.Charges), inBucket.Sum(d => d.Minor));
            }))
            .ToList();
    }
}
