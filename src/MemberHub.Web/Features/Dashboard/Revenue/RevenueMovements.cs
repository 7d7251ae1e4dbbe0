using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Billing;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Dashboard.Revenue;

/// <summary>How MRR in one currency moved in one bucket, in minor units per month, and where it stood at the bucket's end.</summary>
public sealed record MrrMovement(DateOnly Start, DateOnly End, string Currency, long New, long Expansion, long Contraction, long Churned, long MrrAtEnd)
{
    public long Net => New + Expansion - Contraction - Churned;
}

/// <summary>
/// New, expansion, contraction and churned MRR per bucket and currency, from the log of what each membership is
/// billed (<see cref="RevenueChange"/>): summed per day in the database, then per bucket; MRR at each bucket's end is
/// what stood before the range plus the moves since.
/// </summary>
public static class RevenueMovements
{
    public static async Task<IReadOnlyList<MrrMovement>> ReadAsync(AppDbContext db, ReportRange range, CancellationToken cancellationToken)
    {
        var changes = db.Set<RevenueChange>().AsNoTracking();
        var opening = await changes.Where(c => c.AtUtc < range.StartUtc).GroupBy(c => c.Currency)
            .Select(g => new { Currency = g.Key, Annual = g.Sum(c => c.ToAnnualMinor - c.FromAnnualMinor) })
            .ToDictionaryAsync(o => o.Currency, o => o.Annual, cancellationToken);
        var days = await changes.Where(c => c.AtUtc >= range.StartUtc && c.AtUtc < range.EndUtc)
            .GroupBy(c => new { c.Currency, Day = c.AtUtc.Date })
            .Select(g => new
            {
                g.Key.Currency,
                g.Key.Day,
                New = g.Sum(c => c.FromAnnualMinor == 0 ? c.ToAnnualMinor : 0),
                Expansion = g.Sum(c => c.FromAnnualMinor > 0 && c.ToAnnualMinor > c.FromAnnualMinor ? c.ToAnnualMinor - c.FromAnnualMinor : 0),
                Contraction = g.Sum(c => c.ToAnnualMinor > 0 && c.ToAnnualMinor < c.FromAnnualMinor ? c.FromAnnualMinor - c.ToAnnualMinor : 0),
                Churned = g.Sum(c => c.ToAnnualMinor == 0 ? c.FromAnnualMinor : 0),
            })
            .ToListAsync(cancellationToken);
        var currencies = opening.Where(o => o.Value != 0).Select(o => o.Key).Union(days.Select(d => d.Currency)).Order(StringComparer.Ordinal).ToList();
        var movements = new List<MrrMovement>();
        foreach (var currency in currencies)
        {
            var standing = opening.GetValueOrDefault(currency);
            foreach (var bucket in range.Buckets())
            {
                var inBucket = days.Where(d => d.Currency == currency && ReportRange.Holds(bucket, d.Day)).ToList();
                var (added, expanded, contracted, churned) = (inBucket.Sum(d => d.New), inBucket.Sum(d => d.Expansion), inBucket.Sum(d => d.Contraction), inBucket.Sum(d => d.Churned));
                standing += added + expanded - contracted - churned;
                movements.Add(new MrrMovement(bucket.Start, bucket.End, currency, Monthly(added), Monthly(expanded), Monthly(contracted), Monthly(churned), Monthly(standing)));
            }
        }
        return movements;
    }

    // Per month, rounded once per figure (a yearly price is a twelfth of it).
    private static long Monthly(long annualMinor) => (long)Math.Round(annualMinor / 12m, MidpointRounding.AwayFromZero);
}
