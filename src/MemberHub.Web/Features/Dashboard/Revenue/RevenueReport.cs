using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Dashboard.Revenue;

public sealed record TierMembers(int TierId, string NameEn, string NameZh, IReadOnlyDictionary<MembershipPhase, int> ByPhase)
{
    public int Count(MembershipPhase phase) => ByPhase.GetValueOrDefault(phase);

    public string Name(bool chinese) => chinese && NameZh.Length > 0 ? NameZh : NameEn;
}

/// <summary>Trials that ended in the range, and how many of them went on to pay.</summary>
public sealed record TrialConversion(int Ended, int Paid)
{
    public double? Rate => Ended == 0 ? null : (double)Paid / Ended;
}

public sealed record MembershipBucket(DateOnly Start, DateOnly End, int Joined, int Ended);

public sealed record RevenueSnapshot(
    IReadOnlyList<CurrencyAmount> Mrr, int Paying, IReadOnlyList<TierMembers> Tiers, TrialConversion Trials,
    int MembersAtStart, int EndedOfThose, IReadOnlyList<MembershipBucket> Buckets, IReadOnlyList<MrrMovement> Movements,
    IReadOnlyList<RefundBucket> Refunds)
{
    /// <summary>
    /// Revenue churn per currency: MRR lost to ends and downgrades in the range, out of the MRR at its start (none when
    /// there was none).
    /// </summary>
    public IEnumerable<(string Currency, double? Rate)> RevenueChurn() =>
        Movements.GroupBy(m => m.Currency).Select(g =>
        {
            var atStart = g.First().MrrAtEnd - g.First().Net;
            return (g.Key, atStart <= 0 ? (double?)null : (double)g.Sum(m => m.Churned + m.Contraction) / atStart);
        });

    /// <summary>Members at each bucket's end: those there at the range's start, plus the joins, less the ends, so far.</summary>
    public IEnumerable<(DateOnly End, int Members)> MembersAtBucketEnds()
    {
        var members = MembersAtStart;
        foreach (var bucket in Buckets)
        {
            members += bucket.Joined - bucket.Ended;
            yield return (bucket.End, members);
        }
    }

    /// <summary>Members at the start of the range who ended in it, out of those members (logo churn); none when nobody was there.</summary>
    public double? Churn => MembersAtStart == 0 ? null : (double)EndedOfThose / MembersAtStart;
}

/// <summary>
/// The revenue panel: MRR now from the subscriptions that pay (trials, pending checkouts and complimentary
/// memberships excluded; a payment in its grace period still counts until Stripe gives up), members by tier and
/// phase, trial-to-paid conversion, and joins and ends per bucket of the range.
/// </summary>
public sealed class RevenueReport(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, IOptions<MembershipOptions> options, TimeProvider clock,
    IStringLocalizer<DashboardText> text)
{
    public async Task<Outcome<RevenueSnapshot>> ReadAsync(string? userId, ReportRange range, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<RevenueSnapshot>.Refused(text["OwnerOnly"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var current = await MembershipNow.AllAsync(db, now, options.Value.Grace, cancellationToken);
        var memberships = current.Select(m => m.Membership).ToList();
        var tiers = await db.Set<Tier>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var prices = await db.Set<TierPrice>().AsNoTracking().ToDictionaryAsync(p => p.StripePriceId, cancellationToken);

        var paying = current.Where(m => m.Pays).Select(m => m.Membership).ToList();
        var billed = paying.Select(m => PriceOf(m, prices, tiers)).OfType<BilledPrice>();
        var byTier = tiers.Where(t => !t.Archived || memberships.Any(m => m.TierId == t.Id))
            .Select(t => new TierMembers(t.Id, t.NameEn, t.NameZh,
                current.Where(m => m.Membership.TierId == t.Id).GroupBy(m => m.Phase).ToDictionary(g => g.Key, g => g.Count())))
            .ToList();

        var trials = memberships.Where(m => m.TrialEndUtc >= range.StartUtc && m.TrialEndUtc < range.EndUtc && m.TrialEndUtc <= now).ToList();
        var atStart = memberships.Where(m => m.StartedAtUtc < range.StartUtc && (m.EndedAtUtc is null || m.EndedAtUtc >= range.StartUtc)).ToList();
        var buckets = range.Buckets().Select(b =>
        {
            var (start, end) = (b.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), b.End.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            return new MembershipBucket(b.Start, b.End,
                memberships.Count(m => m.StartedAtUtc >= start && m.StartedAtUtc < end),
                memberships.Count(m => m.EndedAtUtc >= start && m.EndedAtUtc < end));
        }).ToList();
        var movements = await RevenueMovements.ReadAsync(db, range, cancellationToken);
        var refunds = await RefundTotals.ReadAsync(db, range, cancellationToken);
        return Outcome<RevenueSnapshot>.Ok(new RevenueSnapshot(
            RecurringRevenue.Monthly(billed), paying.Count, byTier, new TrialConversion(trials.Count, trials.Count(PaidAfterTrial)),
            atStart.Count, atStart.Count(m => m.EndedAtUtc < range.EndUtc), buckets, movements, refunds));
    }

    // The price Stripe bills: the subscription's own price as recorded (an old price keeps its amount), else the tier's for its interval.
    private static BilledPrice? PriceOf(Membership membership, Dictionary<string, TierPrice> prices, List<Tier> tiers)
    {
        if (membership.StripePriceId is { } priceId && prices.TryGetValue(priceId, out var price))
        {
            return new BilledPrice(price.Amount, price.Currency, price.Interval);
        }
        var interval = membership.Interval ?? BillingInterval.Month;
        return tiers.FirstOrDefault(t => t.Id == membership.TierId) is { } tier && tier.Amount(interval) is { } amount
            ? new BilledPrice(amount, tier.Currency, interval)
            : null;
    }

    // Paid after the trial: still billed, or ended more than a day after the trial did (a trial cancelled before paying ends with it).
    private static bool PaidAfterTrial(Membership membership) =>
        membership.Source == MembershipSource.Stripe
        && (membership.Status is MembershipStatus.Active or MembershipStatus.PastDue
            || membership.Status == MembershipStatus.Ended && membership.EndedAtUtc > membership.TrialEndUtc!.Value.AddDays(1));
}
