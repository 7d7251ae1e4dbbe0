using MemberHub.Web.Features.Memberships;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Health;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Memberships.TestMode;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Features.Memberships.Webhooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>No Stripe key: local test mode, with a clock the tests move (forward only; each test works from "now").</summary>
public sealed class TestModeFactory : MemberHubFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public class TestModeTests(TestModeFactory factory) : IClassFixture<TestModeFactory>
{
    private TestModeBillingGateway Gateway => factory.Services.GetRequiredService<TestModeBillingGateway>();
    private MembershipAdminService Admin => factory.Services.GetRequiredService<MembershipAdminService>();
    private BillingService Billing => factory.Services.GetRequiredService<BillingService>();

    private async Task<(string UserId, Tier Tier)> PaidMemberAsync(int trialDays = 0, int? rank = null)
    {
        var tier = await factory.CreateTierAsync(trialDays: trialDays, rank: rank);
        var member = await factory.CreateUserAsync();
        var start = await factory.Services.GetRequiredService<CheckoutService>().StartAsync(member.Id, tier.Id, BillingInterval.Month, "http://localhost/");
        Assert.StartsWith(TestModeBillingGateway.CheckoutPath, start.Value);
        var success = await Gateway.CompleteCheckoutAsync(start.Value![TestModeBillingGateway.CheckoutPath.Length..]);
        Assert.StartsWith("http://localhost/billing/success?session_id=cs_test_", success);
        return (member.Id, tier);
    }

    [Fact]
    public async Task Paying_at_the_local_checkout_goes_through_the_webhook_processor_and_activates()
    {
        var (userId, tier) = await PaidMemberAsync();

        var membership = await factory.MembershipOfAsync(userId);
        Assert.Equal(MembershipStatus.Active, membership!.Status);
        Assert.Equal(tier.Id, membership.TierId);
        var events = await factory.QueryAsync(db => db.Set<ProcessedStripeEvent>().Select(e => e.Type).ToListAsync());
        Assert.Contains("checkout.session.completed", events);
        Assert.Contains("invoice.paid", events);
        Assert.Single(await factory.QueryAsync(db => db.Set<MembershipInvoice>().Where(i => i.UserId == userId).ToListAsync()));
    }

    [Fact]
    public async Task The_billing_health_panel_logs_test_mode_events_and_replays_them_without_effect_twice()
    {
        var (userId, _) = await PaidMemberAsync();
        var membership = await factory.MembershipOfAsync(userId);
        var owner = (await factory.OwnerAsync()).Id;
        var log = factory.Services.GetRequiredService<StripeEventLog>();

        var rows = (await log.SearchAsync(owner, new EventSearch(membership!.StripeSubscriptionId))).Value!;

        Assert.Contains(rows, r => r.Type == "checkout.session.completed" && r.Via == EventVia.TestMode && r.Result == ReceivedResult.Applied);
        Assert.Equal(EventOutcome.Duplicate, (await log.ReplayAsync(owner, rows[0].Id)).Value);
        var run = (await factory.Services.GetRequiredService<BillingReconciliation>().StartAsync(owner)).Value!;
        await run.Completion;
        Assert.DoesNotContain(run.Differences, d => d.UserId == userId);
    }

    [Fact]
    public async Task A_trial_tier_starts_trialing_and_converts_when_the_clock_reaches_its_end()
    {
        var (userId, _) = await PaidMemberAsync(trialDays: 7);
        Assert.Equal(MembershipStatus.Trialing, (await factory.MembershipOfAsync(userId))!.Status);

        factory.Clock.Advance(TimeSpan.FromDays(7));
        Assert.True((await Admin.TestAdvanceAsync((await factory.OwnerAsync()).Id, userId)).Succeeded);

        var membership = await factory.MembershipOfAsync(userId);
        Assert.Equal(MembershipStatus.Active, membership!.Status);
        Assert.True((await factory.MemberContentAsync(userId)).Allowed);
    }

    [Fact]
    public async Task Test_panel_fails_a_payment_then_ends_the_subscription_and_access_turns_to_renew()
    {
        var (userId, _) = await PaidMemberAsync();
        var owner = (await factory.OwnerAsync()).Id;

        Assert.True((await Admin.TestFailPaymentAsync(owner, userId)).Succeeded);
        var grace = await factory.MemberContentAsync(userId);
        Assert.True((await Admin.TestCancelAsync(owner, userId)).Succeeded);

        Assert.Equal(MembershipPhase.Grace, grace.Phase);
        Assert.True(grace.Allowed);
        Assert.Equal(AccessRefusal.Renew, (await factory.MemberContentAsync(userId)).Refusal);
    }

    [Fact]
    public async Task Past_due_access_ends_when_the_grace_period_runs_out()
    {
        var (userId, _) = await PaidMemberAsync();
        await Admin.TestFailPaymentAsync((await factory.OwnerAsync()).Id, userId);
        var graceDays = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MembershipOptions>>().Value.PastDueGraceDays;

        factory.Clock.Advance(TimeSpan.FromDays(graceDays) + TimeSpan.FromMinutes(1));

        Assert.Equal(AccessRefusal.Renew, (await factory.MemberContentAsync(userId)).Refusal);
    }

    [Fact]
    public async Task Cancel_at_period_end_keeps_access_until_the_period_ends_and_resume_undoes_it()
    {
        var (userId, _) = await PaidMemberAsync();

        Assert.True((await Billing.CancelAtPeriodEndAsync(userId)).Succeeded);
        var canceled = await factory.MembershipOfAsync(userId);
        var decision = await factory.MemberContentAsync(userId);
        Assert.True((await Billing.ResumeAsync(userId)).Succeeded);

        Assert.True(canceled!.CancelAtPeriodEnd);
        Assert.Equal(MembershipPhase.EndingAtPeriodEnd, decision.Phase);
        Assert.True(decision.Allowed);
        Assert.False((await factory.MembershipOfAsync(userId))!.CancelAtPeriodEnd);
    }

    [Fact]
    public async Task Canceled_membership_ends_when_the_period_is_over()
    {
        var (userId, _) = await PaidMemberAsync();
        await Billing.CancelAtPeriodEndAsync(userId);

        await Admin.TestAdvanceAsync((await factory.OwnerAsync()).Id, userId);

        Assert.Equal(MembershipStatus.Ended, (await factory.MembershipOfAsync(userId))!.Status);
    }

    [Fact]
    public async Task Upgrade_applies_at_once_and_downgrade_waits_for_the_period_end()
    {
        var (userId, low) = await PaidMemberAsync(rank: 101);
        var high = await factory.CreateTierAsync("Higher", monthly: 49, rank: 202);

        Assert.True((await Billing.SwitchTierAsync(userId, high.Id, BillingInterval.Month)).Succeeded);
        Assert.Equal(high.Id, (await factory.MembershipOfAsync(userId))!.TierId);
        Assert.True((await factory.MemberContentAsync(userId, 202)).Allowed);

        Assert.True((await Billing.SwitchTierAsync(userId, low.Id, BillingInterval.Month)).Succeeded);
        var scheduled = await factory.MembershipOfAsync(userId);
        Assert.Equal(high.Id, scheduled!.TierId);
        Assert.Equal(low.Id, scheduled.ScheduledTierId);

        await Admin.TestAdvanceAsync((await factory.OwnerAsync()).Id, userId);
        var after = await factory.MembershipOfAsync(userId);
        Assert.Equal(low.Id, after!.TierId);
        Assert.Null(after.ScheduledTierId);
        Assert.Equal(AccessRefusal.Upgrade, (await factory.MemberContentAsync(userId, 202)).Refusal);
    }

    [Fact]
    public async Task Switching_to_the_same_tier_or_without_a_subscription_is_refused()
    {
        var (userId, tier) = await PaidMemberAsync();
        var stranger = await factory.CreateUserAsync();

        var same = await Billing.SwitchTierAsync(userId, tier.Id, BillingInterval.Month);
        var none = await Billing.CancelAtPeriodEndAsync(stranger.Id);

        Assert.Equal("You are already on this tier and billing period.", same.Error);
        Assert.Equal("You have no subscription to change.", none.Error);
    }

    [Fact]
    public async Task Owner_grants_a_complimentary_membership_and_revokes_it()
    {
        var tier = await factory.CreateTierAsync();
        var member = await factory.CreateUserAsync();
        var owner = (await factory.OwnerAsync()).Id;

        var past = await Admin.GrantComplimentaryAsync(owner, member.Id, tier.Id, factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        var granted = await Admin.GrantComplimentaryAsync(owner, member.Id, tier.Id, factory.Clock.GetUtcNow().UtcDateTime.AddDays(30));
        var access = await factory.MemberContentAsync(member.Id);
        var revoked = await Admin.RevokeAsync(owner, member.Id);

        Assert.Equal("The end date must be in the future.", past.Error);
        Assert.True(granted.Succeeded);
        Assert.True(access.Allowed);
        Assert.True(revoked.Succeeded);
        Assert.Equal(AccessRefusal.Renew, (await factory.MemberContentAsync(member.Id)).Refusal);
    }

    [Fact]
    public async Task Only_the_owner_may_grant_revoke_or_use_the_test_panel()
    {
        var (userId, tier) = await PaidMemberAsync();
        var moderator = await factory.CreateUserAsync(role: MemberHub.Web.Features.Accounts.AppRoles.Moderator);

        Assert.False((await Admin.GrantComplimentaryAsync(moderator.Id, userId, tier.Id, DateTime.UtcNow.AddDays(9))).Succeeded);
        Assert.False((await Admin.RevokeAsync(moderator.Id, userId)).Succeeded);
        Assert.False((await Admin.TestCancelAsync(moderator.Id, userId)).Succeeded);
        Assert.Equal(MembershipStatus.Active, (await factory.MembershipOfAsync(userId))!.Status);
    }

    [Fact]
    public async Task Revoking_a_paid_membership_cancels_the_subscription()
    {
        var (userId, _) = await PaidMemberAsync();

        var revoked = await Admin.RevokeAsync((await factory.OwnerAsync()).Id, userId);

        Assert.True(revoked.Succeeded);
        var subscriptionId = (await factory.MembershipOfAsync(userId))!.StripeSubscriptionId;
        Assert.Equal("canceled", await factory.QueryAsync(db => db.Set<TestModeSubscription>().Where(s => s.Id == subscriptionId).Select(s => s.Status).SingleAsync()));
        Assert.Equal(MembershipStatus.Ended, (await factory.MembershipOfAsync(userId))!.Status);
    }

    [Fact]
    public async Task Reconciliation_re_reads_a_membership_whose_renewal_webhook_was_missed()
    {
        var (userId, _) = await PaidMemberAsync();
        var subscriptionId = (await factory.MembershipOfAsync(userId))!.StripeSubscriptionId!;
        // Stripe renewed the subscription but the webhook never arrived: only the local "Stripe" knows.
        await factory.QueryAsync(async db =>
        {
            var subscription = await db.Set<TestModeSubscription>().SingleAsync(s => s.Id == subscriptionId);
            subscription.PeriodStartUtc = subscription.PeriodEndUtc;
            subscription.PeriodEndUtc = subscription.PeriodEndUtc.AddMonths(1);
            return await db.SaveChangesAsync();
        });
        var before = await factory.MembershipOfAsync(userId);

        // Moving the clock also wakes the background reconciler; the explicit pass makes the test independent of it.
        factory.Clock.Advance(TimeSpan.FromDays(40));
        await factory.Services.GetRequiredService<MembershipReconciler>().ReconcileAsync();

        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var grace = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MembershipOptions>>().Value.Grace;
        Assert.Equal(MembershipPhase.Lapsed, MembershipPhases.Of(before, now, grace));
        var after = await factory.MembershipOfAsync(userId);
        Assert.NotNull(after!.LastReconciledAtUtc);
        Assert.True(after.CurrentPeriodEndUtc > before!.CurrentPeriodEndUtc);
        Assert.True((await factory.MemberContentAsync(userId)).Allowed);
    }
}
