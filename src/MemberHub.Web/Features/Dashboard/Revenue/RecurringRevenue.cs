using MemberHub.Web.Features.Memberships.Tiers;

namespace MemberHub.Web.Features.Dashboard.Revenue;

/// <summary>An amount in one currency, in its minor unit (cents, fen).</summary>
public sealed record CurrencyAmount(string Currency, long Minor)
{
    public string Formatted => Money.Format(Minor, Currency);
}

/// <summary>What one paying subscription is billed: its price's amount, currency and interval.</summary>
public sealed record BilledPrice(long Amount, string Currency, BillingInterval Interval);

/// <summary>
/// Monthly recurring revenue, as operators count it: what paying subscriptions bring in per month, a yearly price
/// as a twelfth, per currency (never added across currencies), rounded once per currency rather than per member.
/// </summary>
public static class RecurringRevenue
{
    public static IReadOnlyList<CurrencyAmount> Monthly(IEnumerable<BilledPrice> prices) =>
        prices.GroupBy(p => p.Currency.ToLowerInvariant())
            .Select(g => new CurrencyAmount(g.Key, (long)Math.Round(g.Sum(p => p.Interval == BillingInterval.Year ? p.Amount / 12m : p.Amount), MidpointRounding.AwayFromZero)))
            .OrderBy(a => a.Currency, StringComparer.Ordinal)
            .ToList();
}
