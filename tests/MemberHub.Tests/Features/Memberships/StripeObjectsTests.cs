using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.TestMode;
using MemberHub.Web.Features.Memberships.Tiers;
using Stripe;

namespace MemberHub.Tests.Features.Memberships;

/// <summary>Test mode's events must look to the processor exactly like Stripe's webhooks.</summary>
public class StripeObjectsTests
{
    private static readonly TestModeSubscription Subscription = new()
    {
        Id = "sub_test_1", CustomerId = "cus_test_1", UserId = "user-1", TierId = 7, PriceId = "price_test_1",
        Interval = BillingInterval.Year, Amount = 29900, Currency = "cny", Status = "trialing",
        CreatedAtUtc = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
        PeriodStartUtc = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
        PeriodEndUtc = new DateTime(2026, 11, 8, 0, 0, 0, DateTimeKind.Utc),
        TrialEndUtc = new DateTime(2026, 11, 8, 0, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void Subscription_event_round_trips_through_json_into_the_snapshot_the_processor_reads()
    {
        var stripeEvent = StripeObjects.Event(EventTypes.CustomerSubscriptionCreated, StripeObjects.Subscription(Subscription), DateTime.UtcNow);

        var snapshot = SubscriptionSnapshot.From(Assert.IsType<Subscription>(stripeEvent.Data.Object));

        Assert.Equal("customer.subscription.created", stripeEvent.Type);
        Assert.Equal("sub_test_1", snapshot.SubscriptionId);
        Assert.Equal("cus_test_1", snapshot.CustomerId);
        Assert.Equal("trialing", snapshot.Status);
        Assert.Equal("price_test_1", snapshot.PriceId);
        Assert.Equal(BillingInterval.Year, snapshot.Interval);
        Assert.Equal(Subscription.PeriodEndUtc, snapshot.CurrentPeriodEndUtc);
        Assert.Equal(Subscription.TrialEndUtc, snapshot.TrialEndUtc);
        Assert.Equal("7", snapshot.Metadata["tier_id"]);
        Assert.Equal("user-1", snapshot.Metadata["user_id"]);
    }

    [Fact]
    public void Invoice_event_names_its_subscription_the_way_api_version_endive_does()
    {
        var stripeEvent = StripeObjects.Event(EventTypes.InvoicePaid, StripeObjects.Invoice(Subscription, 29900, paid: true, DateTime.UtcNow), DateTime.UtcNow);

        var invoice = Assert.IsType<Invoice>(stripeEvent.Data.Object);

        Assert.Equal("sub_test_1", invoice.Parent.SubscriptionDetails.SubscriptionId);
        Assert.Equal(29900, invoice.AmountPaid);
        Assert.Equal("paid", invoice.Status);
        Assert.Equal(Subscription.PeriodEndUtc, invoice.Lines.Data[0].Period.End);
    }

    [Fact]
    public void Completed_checkout_carries_the_user_and_subscription()
    {
        var checkout = new TestModeCheckout { Id = "cs_test_1", UserId = "user-1", CustomerId = "cus_test_1", TierId = 7 };
        var stripeEvent = StripeObjects.Event(EventTypes.CheckoutSessionCompleted, StripeObjects.CompletedCheckout(checkout, "sub_test_1"), DateTime.UtcNow);

        var session = Assert.IsType<Stripe.Checkout.Session>(stripeEvent.Data.Object);

        Assert.Equal("user-1", session.ClientReferenceId);
        Assert.Equal("sub_test_1", session.SubscriptionId);
        Assert.Equal("cus_test_1", session.CustomerId);
    }
}
