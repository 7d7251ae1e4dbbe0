using MemberHub.Web.Features.Memberships.Tiers;

namespace MemberHub.Web.Features.Memberships.Billing;

/// <param name="Referral">The invite code the member came with and the Owner's welcome coupon for invited members, if any.</param>
public sealed record CheckoutRequest(
    string UserId, string CustomerId, Tier Tier, BillingInterval Interval, string PriceId, string SuccessUrl, string CancelUrl,
    Referrals.Invitation? Referral = null);

/// <summary>A fixed-term pass bought once: Checkout in payment mode with the tier's payment methods, at <paramref name="Amount"/>.</summary>
public sealed record PassCheckoutRequest(
    string UserId, string CustomerId, Tier Tier, long Amount, int Days, bool EarlyRenewal, string SuccessUrl, string CancelUrl,
    Referrals.Invitation? Referral = null)
{
    public const string DaysKey = "pass_days";
    public const string EarlyRenewalKey = "pass_early_renewal";

    public Dictionary<string, string> Metadata()
    {
        var metadata = new Dictionary<string, string>
        {
            [SubscriptionSnapshot.TierIdKey] = Tier.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SubscriptionSnapshot.UserIdKey] = UserId,
            [DaysKey] = Days.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [EarlyRenewalKey] = EarlyRenewal ? "true" : "false",
        };
        if (Referral is { } referral)
        {
            metadata[Referrals.Invitation.CodeKey] = referral.Code;
        }
        return metadata;
    }
}

public sealed record TierPriceIds(string ProductId, string MonthlyPriceId, string? YearlyPriceId, IReadOnlyList<TierPrice> NewPrices, IReadOnlyList<string> DeactivatedPriceIds);

/// <summary>
/// Everything MemberHub asks of Stripe. <see cref="StripeBillingGateway"/> calls the API; in local test mode
/// <c>TestModeBillingGateway</c> plays Stripe and sends the same events through the same processor.
/// </summary>
public interface IBillingGateway
{
    bool IsTestMode { get; }

    /// <summary>Creates or updates the tier's product, and new prices for changed amounts (old ones are deactivated).</summary>
    Task<TierPriceIds> SyncTierAsync(Tier tier, CancellationToken cancellationToken = default);

    Task<string> CreateCustomerAsync(string userId, string email, string name, CancellationToken cancellationToken = default);

    /// <summary>Returns the URL the member is sent to for paying.</summary>
    Task<string> CreateCheckoutSessionAsync(CheckoutRequest request, CancellationToken cancellationToken = default);

    /// <summary>Returns the URL the member is sent to for paying a pass once.</summary>
    Task<string> CreatePassCheckoutSessionAsync(PassCheckoutRequest request, CancellationToken cancellationToken = default);

    /// <summary>Returns the URL of the customer portal (or of the local billing page in test mode).</summary>
    Task<string> CreatePortalSessionAsync(string customerId, string returnUrl, CancellationToken cancellationToken = default);

    Task<SubscriptionSnapshot?> GetSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken = default);

    Task SetCancelAtPeriodEndAsync(string subscriptionId, bool cancel, CancellationToken cancellationToken = default);

    /// <summary>Upgrade: the new price at once, prorated and invoiced now.</summary>
    Task UpgradeAsync(string subscriptionId, string newPriceId, CancellationToken cancellationToken = default);

    /// <summary>Downgrade: the current price until the period ends, then the new one.</summary>
    Task DowngradeAtPeriodEndAsync(string subscriptionId, string newPriceId, CancellationToken cancellationToken = default);

    Task CancelNowAsync(string subscriptionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Free days (a referral reward, or taking it back): the next charge moves to <paramref name="untilUtc"/>, a trial until
    /// then, nothing prorated. A moment already past ends the trial now (the next period starts and is charged).
    /// </summary>
    Task MoveTrialEndAsync(string subscriptionId, DateTime untilUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Credit on the customer's balance, which Stripe takes off their next invoices (a negative <paramref name="creditMinor"/>
    /// takes credit back). <paramref name="idempotencyKey"/> makes a retried call count once.
    /// </summary>
    Task AddBalanceCreditAsync(string customerId, long creditMinor, string currency, string description, string idempotencyKey, CancellationToken cancellationToken = default);
}
