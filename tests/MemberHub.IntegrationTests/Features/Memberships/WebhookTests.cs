using System.Net;
using System.Text.Json.Nodes;
using MemberHub.IntegrationTests.Features.Memberships.FakeStripe;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.IntegrationTests.Features.Memberships;

public class WebhookTests(StripeFactory factory) : IClassFixture<StripeFactory>
{
    private FakeStripeServer Stripe => factory.Stripe;

    /// <summary>A member who has started a checkout, and the subscription Stripe made for them.</summary>
    private async Task<(string UserId, string CustomerId, string SubscriptionId, Tier Tier)> SignUpAsync(string status = "active", DateTime? periodEnd = null)
    {
        var tier = await factory.CreateTierAsync();
        var member = await factory.CreateUserAsync();
        var customer = await factory.StartCheckoutAsync(member.Id, tier);
        var subscriptionId = Stripe.NextId("sub");
        Stripe.AddSubscription(subscriptionId, customer, tier.StripeMonthlyPriceId!, status, periodEnd,
            metadata: new Dictionary<string, string> { ["tier_id"] = tier.Id.ToString(), ["user_id"] = member.Id });
        return (member.Id, customer, subscriptionId, tier);
    }

    private async Task<HttpResponseMessage> DeliverAsync(string payload, string? signature = "sign")
    {
        using var client = factory.CreateClient();
        var header = signature == "sign" ? SignedEvents.Signature(payload, DateTimeOffset.UtcNow) : signature;
        return await client.SendAsync(SignedEvents.Delivery(payload, header));
    }

    private Task<int> ProcessedCountAsync(string eventId) =>
        factory.QueryAsync(db => db.Set<ProcessedStripeEvent>().CountAsync(e => e.EventId == eventId));

    [Fact]
    public async Task Completed_checkout_makes_an_active_membership_for_the_checkouts_user()
    {
        var (userId, customer, subscriptionId, tier) = await SignUpAsync();
        var payload = SignedEvents.Event("checkout.session.completed", StripeFixtures.CompletedCheckout("cs_1", userId, customer, subscriptionId), DateTime.UtcNow);

        using var response = await DeliverAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var membership = await factory.MembershipOfAsync(userId);
        Assert.Equal(MembershipStatus.Active, membership!.Status);
        Assert.Equal(tier.Id, membership.TierId);
        Assert.Equal(subscriptionId, membership.StripeSubscriptionId);
        Assert.True((await factory.MemberContentAsync(userId)).Allowed);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("forged")]
    [InlineData("expired")]
    [InlineData("garbage")]
    public async Task Unverifiable_deliveries_get_400_and_change_nothing(string kind)
    {
        var (userId, customer, subscriptionId, _) = await SignUpAsync();
        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var payload = SignedEvents.Event("checkout.session.completed", StripeFixtures.CompletedCheckout("cs_2", userId, customer, subscriptionId), DateTime.UtcNow, eventId);
        var signature = kind switch
        {
            "missing" => null,
            "forged" => SignedEvents.Signature(payload, DateTimeOffset.UtcNow, "whsec_someone_else"),
            "expired" => SignedEvents.Signature(payload, DateTimeOffset.UtcNow.AddSeconds(-301)),
            _ => "t=abc,v1=nothex",
        };

        using var response = await DeliverAsync(payload, signature);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await factory.MembershipOfAsync(userId));
        Assert.Equal(0, await ProcessedCountAsync(eventId));
    }

    [Fact]
    public async Task A_tampered_body_with_a_once_valid_signature_is_refused()
    {
        var (userId, customer, subscriptionId, _) = await SignUpAsync();
        var payload = SignedEvents.Event("checkout.session.completed", StripeFixtures.CompletedCheckout("cs_3", userId, customer, subscriptionId), DateTime.UtcNow);
        var signature = SignedEvents.Signature(payload, DateTimeOffset.UtcNow);
        var other = await factory.CreateUserAsync();

        using var response = await DeliverAsync(payload.Replace(userId, other.Id), signature);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await factory.MembershipOfAsync(other.Id));
    }

    [Fact]
    public async Task Redelivered_event_answers_200_and_changes_nothing()
    {
        var (userId, customer, subscriptionId, _) = await SignUpAsync();
        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var invoice = StripeFixtures.Invoice("in_" + Guid.NewGuid().ToString("N")[..10], customer, subscriptionId, "paid", 1900, DateTime.UtcNow.AddMonths(1));
        var payload = SignedEvents.Event("invoice.paid", invoice, DateTime.UtcNow, eventId);

        using var first = await DeliverAsync(payload);
        var afterFirst = await factory.MembershipOfAsync(userId);
        using var second = await DeliverAsync(payload);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Duplicate", await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await ProcessedCountAsync(eventId));
        Assert.Equal(afterFirst!.UpdatedAtUtc, (await factory.MembershipOfAsync(userId))!.UpdatedAtUtc);
    }

    [Fact]
    public async Task Concurrent_duplicate_deliveries_are_applied_once()
    {
        var (userId, customer, subscriptionId, _) = await SignUpAsync();
        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var invoiceId = "in_" + Guid.NewGuid().ToString("N")[..10];
        var payload = SignedEvents.Event("invoice.paid", StripeFixtures.Invoice(invoiceId, customer, subscriptionId, "paid", 1900, DateTime.UtcNow.AddMonths(1)), DateTime.UtcNow, eventId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => DeliverAsync(payload)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, await ProcessedCountAsync(eventId));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<MembershipInvoice>().CountAsync(i => i.StripeInvoiceId == invoiceId)));
        Assert.Equal(MembershipStatus.Active, (await factory.MembershipOfAsync(userId))!.Status);
    }

    [Fact]
    public async Task An_older_subscription_update_arriving_late_does_not_roll_the_membership_back()
    {
        var (userId, customer, subscriptionId, tier) = await SignUpAsync();
        var now = DateTime.UtcNow;
        var newer = Stripe.AddSubscription(subscriptionId, customer, tier.StripeMonthlyPriceId!, "active", now.AddMonths(1), cancelAtPeriodEnd: false);
        var older = (JsonObject)newer.DeepClone();
        older["cancel_at_period_end"] = true;

        await DeliverAsync(SignedEvents.Event("customer.subscription.updated", newer, now));
        using var late = await DeliverAsync(SignedEvents.Event("customer.subscription.updated", older, now.AddMinutes(-5)));

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Ignored", await late.Content.ReadAsStringAsync());
        Assert.False((await factory.MembershipOfAsync(userId))!.CancelAtPeriodEnd);
    }

    [Fact]
    public async Task Subscription_event_before_the_checkout_event_still_ends_active_for_the_right_user()
    {
        var (userId, customer, subscriptionId, tier) = await SignUpAsync();
        var subscription = Stripe.Subscriptions[subscriptionId];
        subscription["metadata"] = new JsonObject();

        await DeliverAsync(SignedEvents.Event("customer.subscription.created", subscription, DateTime.UtcNow));
        var before = await factory.MembershipOfAsync(userId);
        await DeliverAsync(SignedEvents.Event("checkout.session.completed", StripeFixtures.CompletedCheckout("cs_4", userId, customer, subscriptionId), DateTime.UtcNow));

        Assert.Equal(MembershipStatus.Active, before!.Status);
        Assert.Equal(tier.Id, before.TierId);
        Assert.Equal(MembershipStatus.Active, (await factory.MembershipOfAsync(userId))!.Status);
    }

    [Fact]
    public async Task Invoice_paid_before_anything_else_reads_the_subscription_and_ends_active()
    {
        var (userId, customer, subscriptionId, tier) = await SignUpAsync();
        var invoice = StripeFixtures.Invoice("in_" + Guid.NewGuid().ToString("N")[..10], customer, subscriptionId, "paid", 1900, DateTime.UtcNow.AddMonths(1));

        using var response = await DeliverAsync(SignedEvents.Event("invoice.paid", invoice, DateTime.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var membership = await factory.MembershipOfAsync(userId);
        Assert.Equal(MembershipStatus.Active, membership!.Status);
        Assert.Equal(tier.Id, membership.TierId);
        Assert.Contains(Stripe.Requests, r => r.Method == "GET" && r.Path == "/v1/subscriptions/" + subscriptionId);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<MembershipInvoice>().CountAsync(i => i.UserId == userId)));
    }

    [Fact]
    public async Task Event_from_an_older_api_version_is_accepted()
    {
        var (userId, customer, subscriptionId, _) = await SignUpAsync();
        var payload = SignedEvents.Event("checkout.session.completed", StripeFixtures.CompletedCheckout("cs_5", userId, customer, subscriptionId), DateTime.UtcNow, apiVersion: "2024-06-20");

        using var response = await DeliverAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MembershipStatus.Active, (await factory.MembershipOfAsync(userId))!.Status);
    }

    [Fact]
    public async Task Unknown_event_types_answer_200()
    {
        var payload = SignedEvents.Event("customer.created", StripeFixtures.Customer("cus_x", "x@example.com", new Dictionary<string, string>()), DateTime.UtcNow);
        using var response = await DeliverAsync(payload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("UnhandledType", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_failure_while_applying_answers_500_writes_nothing_and_the_retry_applies()
    {
        var (userId, customer, subscriptionId, _) = await SignUpAsync();
        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var payload = SignedEvents.Event("checkout.session.completed", StripeFixtures.CompletedCheckout("cs_6", userId, customer, subscriptionId), DateTime.UtcNow, eventId);
        Stripe.FailSubscriptionReads = true;
        HttpResponseMessage failed;
        try
        {
            failed = await DeliverAsync(payload);
        }
        finally
        {
            Stripe.FailSubscriptionReads = false;
        }

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.DoesNotContain("   at ", await failed.Content.ReadAsStringAsync());
        Assert.Equal(0, await ProcessedCountAsync(eventId));
        Assert.Null(await factory.MembershipOfAsync(userId));

        using var retry = await DeliverAsync(payload);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(MembershipStatus.Active, (await factory.MembershipOfAsync(userId))!.Status);
    }

    [Fact]
    public async Task Failed_payment_keeps_access_in_grace_and_a_paid_retry_clears_it()
    {
        var (userId, customer, subscriptionId, _) = await SignUpAsync();
        var now = DateTime.UtcNow;
        await DeliverAsync(SignedEvents.Event("checkout.session.completed", StripeFixtures.CompletedCheckout("cs_7", userId, customer, subscriptionId), now));

        await DeliverAsync(SignedEvents.Event("invoice.payment_failed", StripeFixtures.Invoice("in_f1", customer, subscriptionId, "open", 1900, now.AddMonths(1)), now.AddSeconds(5)));
        var pastDue = await factory.MembershipOfAsync(userId);
        var during = await factory.MemberContentAsync(userId);
        await DeliverAsync(SignedEvents.Event("invoice.paid", StripeFixtures.Invoice("in_f1", customer, subscriptionId, "paid", 1900, now.AddMonths(1)), now.AddSeconds(10)));

        Assert.Equal(MembershipStatus.PastDue, pastDue!.Status);
        Assert.True(during.Allowed);
        Assert.Equal(MembershipPhase.Grace, during.Phase);
        Assert.Equal(MembershipStatus.Active, (await factory.MembershipOfAsync(userId))!.Status);
        var invoice = await factory.QueryAsync(db => db.Set<MembershipInvoice>().SingleAsync(i => i.StripeInvoiceId == "in_f1"));
        Assert.Equal("paid", invoice.Status);
    }

    [Fact]
    public async Task Deleted_subscription_ends_access_with_renew_to_continue()
    {
        var (userId, customer, subscriptionId, tier) = await SignUpAsync();
        var now = DateTime.UtcNow;
        await DeliverAsync(SignedEvents.Event("checkout.session.completed", StripeFixtures.CompletedCheckout("cs_8", userId, customer, subscriptionId), now));
        var ended = Stripe.AddSubscription(subscriptionId, customer, tier.StripeMonthlyPriceId!, "canceled", now);

        await DeliverAsync(SignedEvents.Event("customer.subscription.deleted", ended, now.AddSeconds(5)));

        Assert.Equal(MembershipStatus.Ended, (await factory.MembershipOfAsync(userId))!.Status);
        Assert.Equal(AccessRefusal.Renew, (await factory.MemberContentAsync(userId)).Refusal);
    }
}
