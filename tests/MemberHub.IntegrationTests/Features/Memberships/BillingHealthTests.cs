using System.Net;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships.FakeStripe;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Health;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Features.Memberships.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>The Owner's billing health panel: the log of received events, replay, refused signatures, reconciliation with Stripe.</summary>
public class BillingHealthTests(StripeFactory factory) : IClassFixture<StripeFactory>
{
    private FakeStripeServer Stripe => factory.Stripe;
    private StripeEventLog Log => factory.Services.GetRequiredService<StripeEventLog>();
    private BillingReconciliation Reconciliation => factory.Services.GetRequiredService<BillingReconciliation>();

    private async Task<(string UserId, string SubscriptionId, string Payload, string EventId, Tier Tier)> CheckoutEventAsync()
    {
        var tier = await factory.CreateTierAsync();
        var member = await factory.CreateUserAsync();
        var customer = await factory.StartCheckoutAsync(member.Id, tier);
        var subscriptionId = Stripe.NextId("sub");
        Stripe.AddSubscription(subscriptionId, customer, tier.StripeMonthlyPriceId!, "active", DateTime.UtcNow.AddDays(20),
            metadata: new Dictionary<string, string> { ["tier_id"] = tier.Id.ToString(), ["user_id"] = member.Id });
        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var payload = SignedEvents.Event("checkout.session.completed", StripeFixtures.CompletedCheckout("cs_" + eventId[4..12], member.Id, customer, subscriptionId),
            DateTime.UtcNow, eventId);
        return (member.Id, subscriptionId, payload, eventId, tier);
    }

    private async Task<HttpResponseMessage> DeliverAsync(string payload, string? signature = "sign")
    {
        using var client = factory.CreateClient();
        return await client.SendAsync(SignedEvents.Delivery(payload, signature == "sign" ? SignedEvents.Signature(payload, DateTimeOffset.UtcNow) : signature));
    }

    private async Task<string> OwnerAsync() => (await factory.OwnerAsync()).Id;

    private async Task<MemberHub.Web.Features.Memberships.Billing.Membership> ActiveMemberAsync()
    {
        var (userId, _, payload, _, _) = await CheckoutEventAsync();
        using var delivered = await DeliverAsync(payload);
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        return (await factory.MembershipOfAsync(userId))!;
    }

    [Fact]
    public async Task A_failed_event_is_logged_with_its_error_and_a_replay_applies_it_once()
    {
        var owner = await OwnerAsync();
        var (userId, subscriptionId, payload, eventId, _) = await CheckoutEventAsync();
        Stripe.FailSubscriptionReads = true;
        try
        {
            using var failed = await DeliverAsync(payload);
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }
        finally
        {
            Stripe.FailSubscriptionReads = false;
        }
        var logged = Assert.Single((await Log.SearchAsync(owner, new EventSearch(eventId))).Value!);
        Assert.Equal(ReceivedResult.Failed, logged.Result);
        Assert.Equal("checkout.session.completed", logged.Type);
        Assert.Equal(EventVia.Webhook, logged.Via);
        Assert.Equal(subscriptionId, logged.ObjectId);
        Assert.False(string.IsNullOrEmpty(logged.Error));
        Assert.True(logged.ProcessingMs > 0);
        Assert.Null(await factory.MembershipOfAsync(userId));

        var replayed = await Log.ReplayAsync(owner, logged.Id);
        var again = await Log.ReplayAsync(owner, logged.Id);

        Assert.Equal(EventOutcome.Applied, replayed.Value);
        Assert.Equal(EventOutcome.Duplicate, again.Value);
        Assert.Equal(MembershipStatus.Active, (await factory.MembershipOfAsync(userId))!.Status);
        var rows = (await Log.SearchAsync(owner, new EventSearch(eventId))).Value!;
        Assert.Equal([(ReceivedResult.Applied, EventVia.Replay), (ReceivedResult.Failed, EventVia.Webhook)], rows.Select(r => (r.Result, r.Via)));
        Assert.Contains(rows[1], (await Log.SearchAsync(owner, new EventSearch(FailuresOnly: true))).Value!);
    }

    [Fact]
    public async Task An_applied_event_is_logged_once_and_its_redelivery_adds_nothing()
    {
        var owner = await OwnerAsync();
        var (_, _, payload, eventId, _) = await CheckoutEventAsync();

        using var first = await DeliverAsync(payload);
        using var second = await DeliverAsync(payload);

        var row = Assert.Single((await Log.SearchAsync(owner, new EventSearch(eventId))).Value!);
        Assert.Equal(ReceivedResult.Applied, row.Result);
        var health = (await Log.HealthAsync(owner)).Value!;
        Assert.True(health.Count(ReceivedResult.Applied) >= 1);
        Assert.NotNull(health.P95Ms);
    }

    [Fact]
    public async Task Refused_signatures_are_counted_without_logging_their_bodies()
    {
        var owner = await OwnerAsync();
        var (_, _, payload, eventId, _) = await CheckoutEventAsync();
        var before = (await Log.HealthAsync(owner)).Value!.SignatureFailures;

        using var forged = await DeliverAsync(payload, SignedEvents.Signature(payload, DateTimeOffset.UtcNow, "whsec_someone_else"));
        using var missing = await DeliverAsync(payload, signature: null);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var health = (await Log.HealthAsync(owner)).Value!;
        Assert.Equal(before + 2, health.SignatureFailures);
        Assert.Equal("Missing Stripe-Signature header", health.LastSignatureReason);
        Assert.Empty((await Log.SearchAsync(owner, new EventSearch(eventId))).Value!);
    }

    [Fact]
    public async Task Search_finds_an_event_by_a_word_of_its_body_and_takes_wildcards_literally()
    {
        var owner = await OwnerAsync();
        var (userId, _, payload, eventId, _) = await CheckoutEventAsync();
        using var delivered = await DeliverAsync(payload);

        Assert.Contains((await Log.SearchAsync(owner, new EventSearch(userId))).Value!, r => r.EventId == eventId);
        Assert.Empty((await Log.SearchAsync(owner, new EventSearch("%_%" + Guid.NewGuid().ToString("N")))).Value!);
        var tooLong = await Log.SearchAsync(owner, new EventSearch(new string('x', StripeEventLog.SearchMaxLength + 1)));
        Assert.False(tooLong.Succeeded);
        Assert.Contains("200", tooLong.Error);
    }

    [Fact]
    public async Task Reconciliation_lists_each_difference_with_stripe_and_repair_sets_the_membership_to_stripes_state()
    {
        var owner = await OwnerAsync();
        var agrees = await ActiveMemberAsync();
        var cancelled = await ActiveMemberAsync();
        var vanished = await ActiveMemberAsync();
        var moved = await ActiveMemberAsync();
        Stripe.Subscriptions[cancelled.StripeSubscriptionId!]["status"] = "canceled";
        Stripe.Subscriptions[cancelled.StripeSubscriptionId!]["ended_at"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Stripe.Subscriptions.TryRemove(vanished.StripeSubscriptionId!, out _);
        var laterEnd = DateTimeOffset.UtcNow.AddDays(45).ToUnixTimeSeconds();
        Stripe.Subscriptions[moved.StripeSubscriptionId!]["items"]!["data"]![0]!["current_period_end"] = laterEnd;

        var run = (await Reconciliation.StartAsync(owner)).Value!;
        await run.Completion;

        Assert.Null(run.Error);
        var found = run.Differences.ToDictionary(d => d.MembershipId);
        Assert.DoesNotContain(agrees.Id, found.Keys);
        Assert.Equal(MembershipStatus.Ended, found[cancelled.Id].StripeStatus);
        Assert.True(found[cancelled.Id].StatusDiffers);
        Assert.Null(found[vanished.Id].StripeStatus);
        Assert.True(found[moved.Id].PeriodEndDiffers);
        Assert.False(found[moved.Id].StatusDiffers);
        Assert.False(string.IsNullOrEmpty(found[moved.Id].Name));

        Assert.True((await Reconciliation.RepairAsync(owner, cancelled.Id)).Succeeded);
        Assert.True((await Reconciliation.RepairAsync(owner, moved.Id)).Succeeded);

        Assert.Equal(MembershipStatus.Ended, (await factory.MembershipOfAsync(cancelled.UserId))!.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(laterEnd).UtcDateTime, (await factory.MembershipOfAsync(moved.UserId))!.CurrentPeriodEndUtc);
        Assert.DoesNotContain(run.Differences, d => d.MembershipId == cancelled.Id || d.MembershipId == moved.Id);
        var rerun = (await Reconciliation.StartAsync(owner)).Value!;
        await rerun.Completion;
        Assert.DoesNotContain(rerun.Differences, d => d.MembershipId == cancelled.Id || d.MembershipId == moved.Id);
        Assert.Contains(rerun.Differences, d => d.MembershipId == vanished.Id);
    }

    [Fact]
    public async Task Only_the_owner_reads_or_acts_on_billing_health()
    {
        var member = await factory.MemberAsync();
        var someone = await ActiveMemberAsync();
        var row = (await Log.SearchAsync(await OwnerAsync(), new EventSearch(someone.StripeSubscriptionId))).Value!.First();

        Assert.False((await Log.SearchAsync(member.Id, new EventSearch())).Succeeded);
        Assert.False((await Log.HealthAsync(member.Id)).Succeeded);
        Assert.False((await Log.ReplayAsync(member.Id, row.Id)).Succeeded);
        Assert.False((await Reconciliation.StartAsync(member.Id)).Succeeded);
        Assert.False((await Reconciliation.RepairAsync(member.Id, someone.Id)).Succeeded);
        Assert.False((await Log.SearchAsync(null, new EventSearch())).Succeeded);

        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var page = await client.GetAsync("/owner/billing-health");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task A_replay_of_a_row_that_is_not_there_is_refused_with_a_reason()
    {
        var replayed = await Log.ReplayAsync(await OwnerAsync(), long.MaxValue);

        Assert.False(replayed.Succeeded);
        Assert.False(string.IsNullOrEmpty(replayed.Error));
    }
}
