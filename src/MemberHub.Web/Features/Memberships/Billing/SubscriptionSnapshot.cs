using MemberHub.Web.Features.Memberships.Tiers;

namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>What MemberHub needs to know of a Stripe subscription, read from an event or from the API.</summary>
public sealed record SubscriptionSnapshot(
    string SubscriptionId,
    string CustomerId,
    string Status,
    string? PriceId,
    BillingInterval? Interval,
    DateTime? CurrentPeriodEndUtc,
    DateTime? TrialEndUtc,
    bool CancelAtPeriodEnd,
    DateTime? EndedAtUtc,
    IReadOnlyDictionary<string, string> Metadata)
{
    public const string UserIdKey = "user_id";
    public const string TierIdKey = "tier_id";

    public static SubscriptionSnapshot From(Stripe.Subscription subscription)
    {
        var item = subscription.Items?.Data?.FirstOrDefault();
        var interval = item?.Price?.Recurring?.Interval switch
        {
            "year" => BillingInterval.Year,
            "month" => BillingInterval.Month,
            _ => (BillingInterval?)null,
        };
        return new SubscriptionSnapshot(
            subscription.Id,
            subscription.CustomerId,
            subscription.Status,
            item?.Price?.Id,
            interval,
            item is null || item.CurrentPeriodEnd == default ? null : Utc(item.CurrentPeriodEnd),
            subscription.TrialEnd is { } trialEnd ? Utc(trialEnd) : null,
            subscription.CancelAtPeriodEnd,
            subscription.EndedAt is { } ended ? Utc(ended) : null,
            subscription.Metadata ?? new Dictionary<string, string>());
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
