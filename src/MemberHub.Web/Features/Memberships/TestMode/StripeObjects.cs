using System.Globalization;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using Stripe;

namespace MemberHub.Web.Features.Memberships.TestMode;

/// <summary>
/// Builds the Stripe.net objects and events Stripe would send for a test-mode subscription. Events go through
/// JSON and <see cref="EventUtility.ParseEvent"/> like a webhook body, so test mode exercises the real parsing too.
/// </summary>
public static class StripeObjects
{
    public static Subscription Subscription(TestModeSubscription s) => new()
    {
        Id = s.Id,
        Object = "subscription",
        CustomerId = s.CustomerId,
        Status = s.Status,
        Created = s.CreatedAtUtc,
        CancelAtPeriodEnd = s.CancelAtPeriodEnd,
        TrialEnd = s.TrialEndUtc,
        EndedAt = s.EndedAtUtc,
        Currency = s.Currency,
        Metadata = Metadata(s),
        Items = new StripeList<SubscriptionItem>
        {
            Object = "list",
            Data =
            [
                new SubscriptionItem
                {
                    Id = "si_" + s.Id,
                    Object = "subscription_item",
                    Quantity = 1,
                    CurrentPeriodStart = s.PeriodStartUtc,
                    CurrentPeriodEnd = s.PeriodEndUtc,
                    Price = new Price
                    {
                        Id = s.PriceId,
                        Object = "price",
                        Currency = s.Currency,
                        UnitAmount = s.Amount,
                        Type = "recurring",
                        Recurring = new PriceRecurring { Interval = s.Interval == BillingInterval.Year ? "year" : "month", IntervalCount = 1 },
                    },
                },
            ],
        },
    };

    public static Invoice Invoice(TestModeSubscription s, long amount, bool paid, DateTime createdUtc)
    {
        var id = "in_test_" + Guid.NewGuid().ToString("N")[..20];
        return new()
        {
            Id = id,
            Number = "TEST-" + id[^8..].ToUpperInvariant(),
            Object = "invoice",
            CustomerId = s.CustomerId,
            Status = paid ? "paid" : "open",
            AmountDue = amount,
            AmountPaid = paid ? amount : 0,
            Currency = s.Currency,
            Created = createdUtc,
            BillingReason = "subscription_cycle",
            Parent = new InvoiceParent
            {
                Type = "subscription_details",
                SubscriptionDetails = new InvoiceParentSubscriptionDetails { SubscriptionId = s.Id, Metadata = Metadata(s) },
            },
            Lines = new StripeList<InvoiceLineItem>
            {
                Object = "list",
                Data =
            [
                new InvoiceLineItem
                {
                    Id = "il_test_" + Guid.NewGuid().ToString("N")[..20],
                    Object = "line_item",
                    Amount = amount,
                    Currency = s.Currency,
                    Period = new InvoiceLineItemPeriod { Start = s.PeriodStartUtc, End = s.PeriodEndUtc },
                },
            ],
            },
        };
    }

    public static global::Stripe.Checkout.Session CompletedCheckout(TestModeCheckout checkout, string subscriptionId) => new()
    {
        Id = checkout.Id,
        Object = "checkout.session",
        Mode = "subscription",
        Status = "complete",
        PaymentStatus = "paid",
        ClientReferenceId = checkout.UserId,
        CustomerId = checkout.CustomerId,
        SubscriptionId = subscriptionId,
        Metadata = new Dictionary<string, string>
        {
            [SubscriptionSnapshot.TierIdKey] = checkout.TierId.ToString(CultureInfo.InvariantCulture),
            [SubscriptionSnapshot.UserIdKey] = checkout.UserId,
        },
    };

    /// <summary>A pass paid once: the session in payment mode, with the PaymentIntent a refund will name.</summary>
    public static global::Stripe.Checkout.Session CompletedPassCheckout(TestModeCheckout checkout, string currency, string paymentIntentId) => new()
    {
        Id = checkout.Id,
        Object = "checkout.session",
        Mode = "payment",
        Status = "complete",
        PaymentStatus = "paid",
        ClientReferenceId = checkout.UserId,
        CustomerId = checkout.CustomerId,
        PaymentIntentId = paymentIntentId,
        AmountTotal = checkout.AmountMinor,
        Currency = currency,
        Metadata = new Dictionary<string, string>
        {
            [SubscriptionSnapshot.TierIdKey] = checkout.TierId.ToString(CultureInfo.InvariantCulture),
            [SubscriptionSnapshot.UserIdKey] = checkout.UserId,
            [PassCheckoutRequest.DaysKey] = (checkout.PassDays ?? 0).ToString(CultureInfo.InvariantCulture),
            [PassCheckoutRequest.EarlyRenewalKey] = checkout.EarlyRenewal ? "true" : "false",
        },
    };

    /// <summary>A charge refunded in full, as charge.refunded carries it.</summary>
    public static Charge RefundedCharge(Passes.PassPurchase purchase, string? customerId) => new()
    {
        Id = "ch_test_" + Guid.NewGuid().ToString("N")[..20],
        Object = "charge",
        CustomerId = customerId,
        PaymentIntentId = purchase.PaymentIntentId,
        Amount = purchase.AmountMinor,
        AmountCaptured = purchase.AmountMinor,
        AmountRefunded = purchase.AmountMinor,
        Refunded = true,
        Currency = purchase.Currency,
        Created = purchase.PaidAtUtc,
    };

    /// <summary>Wraps <paramref name="data"/> the way Stripe's webhook body does and parses it back into an <see cref="Event"/>.</summary>
    public static Event Event(string type, StripeEntity data, DateTime createdUtc)
    {
        var created = new DateTimeOffset(createdUtc).ToUnixTimeSeconds();
        var json = "{\"id\":\"evt_test_" + Guid.NewGuid().ToString("N") + "\",\"object\":\"event\",\"api_version\":\"" + StripeConfiguration.ApiVersion
                   + "\",\"created\":" + created.ToString(CultureInfo.InvariantCulture) + ",\"livemode\":false,\"pending_webhooks\":1,"
                   + "\"request\":{\"id\":null,\"idempotency_key\":null},\"type\":\"" + type + "\",\"data\":{\"object\":" + data.ToJson() + "}}";
        return EventUtility.ParseEvent(json, throwOnApiVersionMismatch: false);
    }

    private static Dictionary<string, string> Metadata(TestModeSubscription s) => new()
    {
        [SubscriptionSnapshot.TierIdKey] = s.TierId.ToString(CultureInfo.InvariantCulture),
        [SubscriptionSnapshot.UserIdKey] = s.UserId,
    };
}
