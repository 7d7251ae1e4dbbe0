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
        var grace = options.Value.Grace;
        var memberships = db.Set<Membership>().AsNoTracking();
        var tiers = await db.Set<Tier>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var prices = await db.Set<TierPrice>().AsNoTracking().ToDictionaryAsync(p => p.StripePriceId, cancellationToken);

        // Counted in the database, each membership's phase worked out once: a row per tier, phase and price (and per day
        // below), never a row per member.
        var groups = await memberships.Select(MembershipPhases.WithPhase(now, grace, (m, phase) => new { m.TierId, Phase = phase, m.Source, m.StripePriceId, m.Interval }))
            .GroupBy(m => new { m.TierId, m.Phase, m.Source, m.StripePriceId, m.Interval })
            .Select(g => new { g.Key.TierId, g.Key.Phase, g.Key.Source, g.Key.StripePriceId, g.Key.Interval, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var paying = groups.Where(g => MembershipPhases.Pays(g.Phase, g.Source)).ToList();
        var billed = paying.SelectMany(p => PriceOf(p.StripePriceId, p.TierId, p.Interval, prices, tiers) is { } price ? Enumerable.Repeat(price, p.Count) : []);
        var byTier = new List<TierMembers>();
        foreach (var tier in tiers)
        {
            var phases = groups.Where(g => g.TierId == tier.Id).GroupBy(g => g.Phase).ToDictionary(g => g.Key, g => g.Sum(p => p.Count));
            if (!tier.Archived || phases.Count > 0)
            {
                byTier.Add(new TierMembers(tier.Id, tier.NameEn, tier.NameZh, phases));
            }
        }

        // Trials that ended in the range, and how many of them paid: still billed, or ended more than a day after the
        // trial did (a trial cancelled before paying ends with it). One query whose only filter is the trial's end, so
        // SQLite reads the trials' index instead of every paying membership.
        var trials = await memberships.Where(m => m.TrialEndUtc >= range.StartUtc && m.TrialEndUtc < range.EndUtc && m.TrialEndUtc <= now)
            .GroupBy(m => 1)
            .Select(g => new TrialConversion(g.Count(), g.Count(m => m.Source == MembershipSource.Stripe
                && (m.Status == MembershipStatus.Active || m.Status == MembershipStatus.PastDue
                    || (m.Status == MembershipStatus.Ended && m.EndedAtUtc > m.TrialEndUtc!.Value.AddDays(1))))))
            .SingleOrDefaultAsync(cancellationToken) ?? new TrialConversion(0, 0);
        var atStart = memberships.Where(m => m.StartedAtUtc < range.StartUtc && (m.EndedAtUtc == null || m.EndedAtUtc >= range.StartUtc));
        var joined = await memberships.Where(m => m.StartedAtUtc >= range.StartUtc && m.StartedAtUtc < range.EndUtc)
            .GroupBy(m => m.StartedAtUtc.Date).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var ended = await memberships.Where(m => m.EndedAtUtc >= range.StartUtc && m.EndedAtUtc < range.EndUtc)
            .GroupBy(m => m.EndedAtUtc!.Value.Date).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var buckets = range.Buckets().Select(b => new MembershipBucket(b.Start, b.End,
            joined.Where(d => ReportRange.Holds(b, d.Day)).Sum(d => d.Count),
            ended.Where(d => ReportRange.Holds(b, d.Day)).Sum(d => d.Count))).ToList();
        var movements = await RevenueMovements.ReadAsync(db, range, cancellationToken);
        var refunds = await RefundTotals.ReadAsync(db, range, cancellationToken);
        return Outcome<RevenueSnapshot>.Ok(new RevenueSnapshot(
            RecurringRevenue.Monthly(billed), paying.Sum(p => p.Count), byTier, trials,
            await atStart.CountAsync(cancellationToken), await atStart.CountAsync(m => m.EndedAtUtc < range.EndUtc, cancellationToken), buckets, movements, refunds));
    }

    // The price Stripe bills: the subscription's own price as recorded (an old price keeps its amount), else the tier's for its interval.
    private static BilledPrice? PriceOf(string? priceId, int tierId, BillingInterval? interval, Dictionary<string, TierPrice> prices, List<Tier> tiers)
    {
        if (priceId is not null && prices.TryGetValue(priceId, out var price))
        {
            return new BilledPrice(price.Amount, price.Currency, price.Interval);
        }
        var billedEvery = interval ?? BillingInterval.Month;
        return tiers.FirstOrDefault(t => t.Id == tierId) is { } tier && tier.Amount(billedEvery) is { } amount
            ? new BilledPrice(amount, tier.Currency, billedEvery)
            : null;
    }
}
