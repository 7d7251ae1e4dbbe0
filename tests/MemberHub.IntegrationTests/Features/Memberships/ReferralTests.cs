using System.Net;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships.FakeStripe;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Accounts.Funnel;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Memberships.Passes;
using MemberHub.Web.Features.Memberships.Referrals;
using MemberHub.Web.Features.Memberships.TestMode;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Memberships;

public static class ReferralSteps
{
    public static ReferralService Referrals(this MemberHubFactory factory) => factory.Services.GetRequiredService<ReferralService>();

    /// <summary>A member's invite code, as their referrals page makes it.</summary>
    public static async Task<string> CodeOfAsync(this MemberHubFactory factory, string userId)
    {
        var mine = await factory.Referrals().MineAsync(userId);
        Assert.True(mine.Succeeded, mine.Error);
        return mine.Value!.Code;
    }

    /// <summary>Someone who came through <paramref name="code"/>'s link and signed up (the funnel keeps the code as their source).</summary>
    public static async Task<ApplicationUser> InvitedAsync(this MemberHubFactory factory, string code, string? email = null)
    {
        var user = await factory.CreateUserAsync(email: email);
        await factory.Services.GetRequiredService<JoiningFunnel>().RecordAsync(user.Id, JoiningStep.Visited, JoiningFunnel.SourceOf(null, code));
        return user;
    }

    public static Task<List<ReferralReward>> RewardsOfAsync(this MemberHubFactory factory, string referrerId) =>
        factory.QueryAsync(db => db.Set<ReferralReward>().Where(r => r.ReferrerId == referrerId).OrderBy(r => r.Id).ToListAsync());

    public static async Task SetProgramAsync(this MemberHubFactory factory, Action<ReferralProgramInput> change)
    {
        var input = new ReferralProgramInput();
        change(input);
        var saved = await factory.Referrals().SaveProgramAsync((await factory.OwnerAsync()).Id, input);
        Assert.True(saved.Succeeded, saved.Error);
    }
}

/// <summary>Referrals in local test mode, on a clock the tests move: rewards recorded at the first payment, held, then given.</summary>
public class ReferralTests(TestModeFactory factory) : IClassFixture<TestModeFactory>
{
    private TestModeBillingGateway Gateway => factory.Services.GetRequiredService<TestModeBillingGateway>();

    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    private async Task<Tier> TierAsync() => await factory.CreateTierAsync(trialDays: 0);

    /// <summary>Pays for a monthly subscription at the local checkout (the same events as Stripe's, through the processor).</summary>
    private async Task PayAsync(string userId, Tier tier)
    {
        var start = await factory.Services.GetRequiredService<CheckoutService>().StartAsync(userId, tier.Id, BillingInterval.Month, "http://localhost/");
        Assert.True(start.Succeeded, start.Error);
        Assert.NotNull(await Gateway.CompleteCheckoutAsync(start.Value![TestModeBillingGateway.CheckoutPath.Length..]));
    }

    private async Task<(string Id, string Code)> ReferrerAsync(Tier tier, string? email = null)
    {
        var referrer = await factory.CreateUserAsync(email: email);
        await PayAsync(referrer.Id, tier);
        return (referrer.Id, await factory.CodeOfAsync(referrer.Id));
    }

    [Fact]
    public async Task A_first_payment_through_a_link_is_held_then_earns_the_referrer_free_days_in_their_subscription()
    {
        await factory.SetProgramAsync(p => { p.RewardDays = 30; p.HoldDays = 14; });
        var tier = await TierAsync();
        var (referrerId, code) = await ReferrerAsync(tier);
        var periodEnd = (await factory.MembershipOfAsync(referrerId))!.CurrentPeriodEndUtc!.Value;
        var invited = await factory.InvitedAsync(code);

        await PayAsync(invited.Id, tier);

        var reward = Assert.Single(await factory.RewardsOfAsync(referrerId));
        Assert.Equal((RewardState.Pending, invited.Id, 30, Now.AddDays(14)), (reward.State, reward.InvitedUserId, reward.Days, reward.EarnsAtUtc));
        var rewards = factory.Services.GetRequiredService<ReferralRewards>();
        await rewards.ScanAsync();
        Assert.Equal(RewardState.Pending, Assert.Single(await factory.RewardsOfAsync(referrerId)).State);

        factory.Clock.Advance(TimeSpan.FromDays(15));
        await rewards.ScanAsync();
        await rewards.ScanAsync();

        reward = Assert.Single(await factory.RewardsOfAsync(referrerId));
        Assert.Equal(RewardState.Earned, reward.State);
        Assert.NotNull(reward.AppliedAtUtc);
        // Given once, through the gateway: the next charge moves 30 days on, as a trial until then.
        var membership = (await factory.MembershipOfAsync(referrerId))!;
        Assert.Equal((MembershipStatus.Trialing, periodEnd.AddDays(30)), (membership.Status, membership.TrialEndUtc));
        var page = (await factory.Referrals().MineAsync(referrerId)).Value!;
        Assert.Equal((1, 1, RewardState.Earned), (page.Visits, page.Paid, Assert.Single(page.Rewards).State));
    }

    [Fact]
    public async Task A_refund_in_the_hold_reverses_the_reward_and_nothing_is_given()
    {
        await factory.SetProgramAsync(p => p.HoldDays = 14);
        var tier = await factory.CreatePassTierAsync();
        var (referrerId, code) = await ReferrerAsync(await TierAsync());
        var invited = await factory.InvitedAsync(code);
        var started = await factory.Services.GetRequiredService<PassService>().StartAsync(invited.Id, tier.Id, "http://localhost/");
        await Gateway.CompleteCheckoutAsync(started.Value![TestModeBillingGateway.CheckoutPath.Length..]);
        Assert.Equal(RewardState.Pending, Assert.Single(await factory.RewardsOfAsync(referrerId)).State);

        var refunded = await factory.Services.GetRequiredService<MembershipAdminService>().TestRefundPassAsync((await factory.OwnerAsync()).Id, invited.Id);
        Assert.True(refunded.Succeeded, refunded.Error);
        factory.Clock.Advance(TimeSpan.FromDays(15));
        await factory.Services.GetRequiredService<ReferralRewards>().ScanAsync();

        var reward = Assert.Single(await factory.RewardsOfAsync(referrerId));
        Assert.Equal((RewardState.Reversed, ReferralRules.Refund, (DateTime?)null), (reward.State, reward.Reason, reward.AppliedAtUtc));
    }

    [Fact]
    public async Task A_refund_after_the_reward_was_given_takes_back_the_free_days_still_ahead()
    {
        await factory.SetProgramAsync(p => { p.RewardDays = 30; p.HoldDays = 0; });
        var (referrerId, code) = await ReferrerAsync(await TierAsync());
        var periodEnd = (await factory.MembershipOfAsync(referrerId))!.CurrentPeriodEndUtc!.Value;
        var invited = await factory.InvitedAsync(code);
        var started = await factory.Services.GetRequiredService<PassService>().StartAsync(invited.Id, (await factory.CreatePassTierAsync()).Id, "http://localhost/");
        await Gateway.CompleteCheckoutAsync(started.Value![TestModeBillingGateway.CheckoutPath.Length..]);
        var rewards = factory.Services.GetRequiredService<ReferralRewards>();
        await rewards.ScanAsync();
        Assert.Equal(periodEnd.AddDays(30), (await factory.MembershipOfAsync(referrerId))!.TrialEndUtc);
        factory.Clock.Advance(TimeSpan.FromDays(3));

        var refunded = await factory.Services.GetRequiredService<MembershipAdminService>().TestRefundPassAsync((await factory.OwnerAsync()).Id, invited.Id);
        Assert.True(refunded.Succeeded, refunded.Error);
        await rewards.ScanAsync();
        await rewards.ScanAsync();

        var reward = Assert.Single(await factory.RewardsOfAsync(referrerId));
        Assert.Equal((RewardState.Reversed, ReferralRules.Refund), (reward.State, reward.Reason));
        Assert.NotNull(reward.TakenBackAtUtc);
        var membership = (await factory.MembershipOfAsync(referrerId))!;
        Assert.Equal((MembershipStatus.Trialing, periodEnd), (membership.Status, membership.TrialEndUtc));
    }

    [Fact]
    public async Task A_credit_reward_is_taken_off_the_referrers_next_invoice()
    {
        await factory.SetProgramAsync(p => { p.RewardKind = RewardKind.Credit; p.RewardCredit = 5; p.HoldDays = 0; });
        var tier = await TierAsync();
        var (referrerId, code) = await ReferrerAsync(tier);
        var invited = await factory.InvitedAsync(code);
        await PayAsync(invited.Id, tier);

        await factory.Services.GetRequiredService<ReferralRewards>().ScanAsync();
        foreach (var renewal in new[] { 1, 2 })
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(renewal));
            await Gateway.AdvanceToPeriodEndAsync((await factory.MembershipOfAsync(referrerId))!.StripeSubscriptionId!);
        }

        var paid = await factory.QueryAsync(db => db.Set<MembershipInvoice>().Where(i => i.UserId == referrerId).OrderBy(i => i.CreatedUtc).Select(i => i.AmountPaid).ToListAsync());
        Assert.Equal([tier.MonthlyAmount, tier.MonthlyAmount - 500, tier.MonthlyAmount], paid);
        var reward = Assert.Single((await factory.Referrals().MineAsync(referrerId)).Value!.Rewards);
        Assert.Equal(("$5", RewardState.Earned), (reward.Credit, reward.State));
    }

    [Fact]
    public async Task Refusals_are_recorded_with_their_reason_and_an_invited_person_is_rewarded_once()
    {
        await factory.SetProgramAsync(p => { p.MonthlyCap = 1; p.RefuseSameEmailDomain = true; });
        var tier = await TierAsync();
        var domain = Guid.NewGuid().ToString("N")[..8] + ".test";
        var (referrerId, code) = await ReferrerAsync(tier, $"ann@{domain}");

        var colleague = await factory.InvitedAsync(code, $"bo@{domain}");
        await PayAsync(colleague.Id, tier);
        var first = await factory.InvitedAsync(code);
        await PayAsync(first.Id, tier);
        var overCap = await factory.InvitedAsync(code);
        await PayAsync(overCap.Id, tier);
        // The first invited member renews: a later payment is not a second referral.
        var subscription = (await factory.MembershipOfAsync(first.Id))!.StripeSubscriptionId!;
        await Gateway.AdvanceToPeriodEndAsync(subscription);

        var rewards = await factory.RewardsOfAsync(referrerId);
        Assert.Equal(
            [(colleague.Id, RewardState.Refused, ReferralRules.SameDomain), (first.Id, RewardState.Pending, null), (overCap.Id, RewardState.Refused, ReferralRules.Cap)],
            rewards.Select(r => (r.InvitedUserId, r.State, r.Reason)));
        await factory.SetProgramAsync(_ => { });
    }

    [Fact]
    public async Task A_campaign_sets_the_reward_while_it_runs_and_not_after_it_ended()
    {
        await factory.SetProgramAsync(p => p.RewardDays = 30);
        var owner = (await factory.OwnerAsync()).Id;
        Assert.True((await factory.Referrals().AddCampaignAsync(owner, "Ended push", Now.AddDays(-20), Now.AddDays(-1), 90)).Succeeded);
        var tier = await TierAsync();
        var (referrerId, code) = await ReferrerAsync(tier);
        var invited = await factory.InvitedAsync(code);
        await PayAsync(invited.Id, tier);
        Assert.True((await factory.Referrals().AddCampaignAsync(owner, "Running push", Now.AddDays(-1), Now.AddDays(5), 60)).Succeeded);
        var second = await factory.InvitedAsync(code);
        await PayAsync(second.Id, tier);

        var rewards = await factory.RewardsOfAsync(referrerId);
        Assert.Equal([(30, (string?)null), (60, "Running push")], rewards.Select(r => (r.Days, r.Campaign)));
        foreach (var campaign in (await factory.Referrals().ProgramAsync()).Campaigns)
        {
            await factory.Referrals().RemoveCampaignAsync(owner, campaign.Id);
        }
    }

    [Fact]
    public async Task The_invite_link_leads_to_pricing_with_the_code_and_an_unknown_code_is_a_404()
    {
        var tier = await TierAsync();
        var (referrerId, code) = await ReferrerAsync(tier);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var link = await client.GetAsync($"/r/{code}");
        using var unknown = await client.GetAsync("/r/zzzzzzzz");
        using var garbage = await client.GetAsync("/r/%3Cscript%3E");

        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.Equal($"/pricing?ref={code}", link.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);

        using var member = factory.CreateTestClient();
        var referrer = await factory.QueryAsync(db => db.Users.SingleAsync(u => u.Id == referrerId));
        await member.LogInAsync(referrer.Email!, MemberHubFactory.Password);
        var page = await member.GetAsync("/referrals");
        Assert.EndsWith($"/r/{code}", page.Find("[data-testid=referral-link]")!.TextContent.Trim());
        using var outsider = factory.CreateTestClient();
        var stranger = await factory.CreateUserAsync();
        await outsider.LogInAsync(stranger.Email!, MemberHubFactory.Password);
        Assert.NotNull((await outsider.GetAsync("/referrals")).Find("[data-testid=referrals-refused]"));
    }
}

/// <summary>The reward reaching Stripe (the fake server), and the invite carried into Checkout.</summary>
public class ReferralStripeTests(StripeFactory factory) : IClassFixture<StripeFactory>
{
    [Fact]
    public async Task An_invited_checkout_carries_the_code_and_the_welcome_coupon_and_the_reward_extends_the_subscription_in_stripe()
    {
        await factory.SetProgramAsync(p => { p.RewardDays = 30; p.HoldDays = 0; p.WelcomeCouponId = "WELCOME7"; });
        var tier = await factory.CreateTierAsync();
        var referrer = await factory.CreateUserAsync();
        var referrerCustomer = await factory.StartCheckoutAsync(referrer.Id, tier);
        var subscriptionId = factory.Stripe.NextId("sub");
        var periodEnd = DateTime.UtcNow.AddDays(20);
        factory.Stripe.AddSubscription(subscriptionId, referrerCustomer, tier.StripeMonthlyPriceId!, periodEndUtc: periodEnd,
            metadata: new Dictionary<string, string> { ["tier_id"] = tier.Id.ToString(), ["user_id"] = referrer.Id });
        await DeliverAsync(SignedEvents.Event("checkout.session.completed", StripeFixtures.CompletedCheckout("cs_ref_" + referrer.Id[..6], referrer.Id, referrerCustomer, subscriptionId), DateTime.UtcNow));
        var code = await factory.CodeOfAsync(referrer.Id);
        var invited = await factory.InvitedAsync(code);

        var invitedCustomer = await factory.StartCheckoutAsync(invited.Id, tier);

        var form = factory.Stripe.Sent("POST", "/v1/checkout/sessions").Last(r => r.Form.GetValueOrDefault("client_reference_id") == invited.Id).Form;
        Assert.Equal(("WELCOME7", code), (form["discounts[0][coupon]"], form["metadata[referral_code]"]));
        Assert.False(form.ContainsKey("allow_promotion_codes"));
        var invitedSubscription = factory.Stripe.NextId("sub");
        factory.Stripe.AddSubscription(invitedSubscription, invitedCustomer, tier.StripeMonthlyPriceId!,
            metadata: new Dictionary<string, string> { ["tier_id"] = tier.Id.ToString(), ["user_id"] = invited.Id });
        await DeliverAsync(SignedEvents.Event("invoice.paid", StripeFixtures.Invoice("in_ref_" + invited.Id[..6], invitedCustomer, invitedSubscription, "paid", 1900, DateTime.UtcNow.AddMonths(1)), DateTime.UtcNow));
        Assert.Equal(RewardState.Pending, Assert.Single(await factory.RewardsOfAsync(referrer.Id)).State);

        await factory.Services.GetRequiredService<ReferralRewards>().ScanAsync();

        var update = factory.Stripe.Sent("POST", $"/v1/subscriptions/{subscriptionId}").Last().Form;
        var expected = new DateTimeOffset(new[] { (await factory.MembershipOfAsync(referrer.Id))!.CurrentPeriodEndUtc!.Value, DateTime.UtcNow }.Max().AddDays(30));
        Assert.InRange(long.Parse(update["trial_end"]), expected.ToUnixTimeSeconds() - 5, expected.ToUnixTimeSeconds() + 5);
        Assert.Equal("none", update["proration_behavior"]);
        Assert.Equal(RewardState.Earned, Assert.Single(await factory.RewardsOfAsync(referrer.Id)).State);
    }

    [Fact]
    public async Task An_invited_members_pass_checkout_carries_the_code_and_the_welcome_coupon_too()
    {
        await factory.SetProgramAsync(p => p.WelcomeCouponId = "WELCOMEPASS");
        var referrer = await factory.MemberAsync();
        var code = await factory.CodeOfAsync(referrer.Id);
        var tier = await factory.CreatePassTierAsync();
        var invited = await factory.InvitedAsync(code);

        var started = await factory.Services.GetRequiredService<PassService>().StartAsync(invited.Id, tier.Id, "http://localhost/");

        Assert.True(started.Succeeded, started.Error);
        var form = factory.Stripe.Sent("POST", "/v1/checkout/sessions").Last(r => r.Form.GetValueOrDefault("client_reference_id") == invited.Id).Form;
        Assert.Equal(("payment", "WELCOMEPASS", code, code), (form["mode"], form["discounts[0][coupon]"], form["metadata[referral_code]"],
            form["payment_intent_data[metadata][referral_code]"]));
    }

    [Fact]
    public async Task A_referral_paid_with_the_referrers_own_card_is_refused_whether_the_card_is_seen_before_or_after_the_payment()
    {
        await factory.SetProgramAsync(p => p.HoldDays = 14);
        var tier = await factory.CreateTierAsync();
        var (referrerId, referrerCustomer, _) = await SubscriberAsync(tier);
        var card = "fp_" + Guid.NewGuid().ToString("N")[..12];
        await DeliverAsync(SignedEvents.Event("charge.succeeded", StripeFixtures.SucceededCharge(factory.Stripe.NextId("ch"), referrerCustomer, card), DateTime.UtcNow));
        var code = await factory.CodeOfAsync(referrerId);

        var afterPayment = await InvitedPaysAsync(code, tier);
        await DeliverAsync(SignedEvents.Event("charge.succeeded", StripeFixtures.SucceededCharge(factory.Stripe.NextId("ch"), afterPayment.Customer, card), DateTime.UtcNow));
        var beforePayment = await InvitedPaysAsync(code, tier, card);
        var ownCard = await InvitedPaysAsync(code, tier, "fp_" + Guid.NewGuid().ToString("N")[..12]);

        var rewards = await factory.RewardsOfAsync(referrerId);
        Assert.Equal(
            [(afterPayment.UserId, RewardState.Refused, ReferralRules.SameCard), (beforePayment.UserId, RewardState.Refused, ReferralRules.SameCard), (ownCard.UserId, RewardState.Pending, null)],
            rewards.Select(r => (r.InvitedUserId, r.State, r.Reason)));
    }

    [Fact]
    public async Task A_chargeback_after_the_reward_was_given_reverses_it_and_takes_the_unused_trial_days_back_in_stripe()
    {
        await factory.SetProgramAsync(p => { p.RewardDays = 30; p.HoldDays = 0; });
        var tier = await factory.CreateTierAsync();
        var (referrerId, _, subscriptionId) = await SubscriberAsync(tier);
        var invited = await InvitedPaysAsync(await factory.CodeOfAsync(referrerId), tier, "fp_" + Guid.NewGuid().ToString("N")[..12]);
        var rewards = factory.Services.GetRequiredService<ReferralRewards>();
        await rewards.ScanAsync();
        var given = long.Parse(factory.Stripe.Sent("POST", $"/v1/subscriptions/{subscriptionId}").Last().Form["trial_end"]);
        await DeliverAsync(SignedEvents.Event("customer.subscription.updated", factory.Stripe.Subscriptions[subscriptionId], DateTime.UtcNow));

        await DeliverAsync(SignedEvents.Event("charge.dispute.created", StripeFixtures.Dispute(factory.Stripe.NextId("dp"), invited.Charge), DateTime.UtcNow));
        var reward = Assert.Single(await factory.RewardsOfAsync(referrerId));
        Assert.Equal((RewardState.Reversed, ReferralRules.Chargeback), (reward.State, reward.Reason));
        await rewards.ScanAsync();
        await rewards.ScanAsync();

        var updates = factory.Stripe.Sent("POST", $"/v1/subscriptions/{subscriptionId}").ToList();
        Assert.Equal(2, updates.Count);
        Assert.Equal(given - (long)TimeSpan.FromDays(30).TotalSeconds, long.Parse(updates[1].Form["trial_end"]));
        Assert.NotNull(Assert.Single(await factory.RewardsOfAsync(referrerId)).TakenBackAtUtc);
    }

    [Fact]
    public async Task A_credit_reward_reaches_the_referrers_stripe_balance_and_a_refund_after_it_takes_the_credit_back()
    {
        await factory.SetProgramAsync(p => { p.RewardKind = RewardKind.Credit; p.RewardCredit = 5; p.HoldDays = 0; });
        var tier = await factory.CreateTierAsync();
        var (referrerId, referrerCustomer, subscriptionId) = await SubscriberAsync(tier);
        var invited = await InvitedPaysAsync(await factory.CodeOfAsync(referrerId), tier, "fp_" + Guid.NewGuid().ToString("N")[..12]);
        var rewards = factory.Services.GetRequiredService<ReferralRewards>();

        await rewards.ScanAsync();
        await DeliverAsync(SignedEvents.Event("charge.refunded", StripeFixtures.RefundedCharge(invited.Charge, invited.Customer, 1900, 1900), DateTime.UtcNow));
        await rewards.ScanAsync();

        var balance = factory.Stripe.Sent("POST", $"/v1/customers/{referrerCustomer}/balance_transactions").Select(r => (r.Form["amount"], r.Form["currency"])).ToList();
        Assert.Equal([("-500", "usd"), ("500", "usd")], balance);
        Assert.Empty(factory.Stripe.Sent("POST", $"/v1/subscriptions/{subscriptionId}"));
        var page = (await factory.Referrals().MineAsync(referrerId)).Value!;
        Assert.Equal(("$5", RewardState.Reversed), (Assert.Single(page.Rewards).Credit, page.Rewards[0].State));
    }

    /// <summary>A member subscribed in Stripe (the fake server holds the subscription).</summary>
    private async Task<(string UserId, string Customer, string Subscription)> SubscriberAsync(Tier tier)
    {
        var user = await factory.CreateUserAsync();
        var customer = await factory.StartCheckoutAsync(user.Id, tier);
        var subscriptionId = factory.Stripe.NextId("sub");
        factory.Stripe.AddSubscription(subscriptionId, customer, tier.StripeMonthlyPriceId!, periodEndUtc: DateTime.UtcNow.AddDays(20),
            metadata: new Dictionary<string, string> { ["tier_id"] = tier.Id.ToString(), ["user_id"] = user.Id });
        await DeliverAsync(SignedEvents.Event("checkout.session.completed", StripeFixtures.CompletedCheckout("cs_" + factory.Stripe.NextId("ref"), user.Id, customer, subscriptionId), DateTime.UtcNow));
        return (user.Id, customer, subscriptionId);
    }

    /// <summary>Someone invited through <paramref name="code"/> subscribes and pays their first invoice, with a card seen before it when one is named.</summary>
    private async Task<(string UserId, string Customer, string Charge)> InvitedPaysAsync(string code, Tier tier, string? cardFirst = null)
    {
        var invited = await factory.InvitedAsync(code);
        var customer = await factory.StartCheckoutAsync(invited.Id, tier);
        var subscriptionId = factory.Stripe.NextId("sub");
        factory.Stripe.AddSubscription(subscriptionId, customer, tier.StripeMonthlyPriceId!,
            metadata: new Dictionary<string, string> { ["tier_id"] = tier.Id.ToString(), ["user_id"] = invited.Id });
        var charge = factory.Stripe.NextId("ch");
        if (cardFirst is not null)
        {
            await DeliverAsync(SignedEvents.Event("charge.succeeded", StripeFixtures.SucceededCharge(charge, customer, cardFirst), DateTime.UtcNow));
        }
        await DeliverAsync(SignedEvents.Event("invoice.paid", StripeFixtures.Invoice(factory.Stripe.NextId("in"), customer, subscriptionId, "paid", 1900, DateTime.UtcNow.AddMonths(1)), DateTime.UtcNow));
        return (invited.Id, customer, charge);
    }

    private async Task DeliverAsync(string payload)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(SignedEvents.Delivery(payload, SignedEvents.Signature(payload, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
