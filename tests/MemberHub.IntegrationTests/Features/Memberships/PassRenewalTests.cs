using MemberHub.IntegrationTests.Features.Community;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Memberships.Passes;
using MemberHub.Web.Features.Memberships.TestMode;
using MemberHub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>Passes in local test mode, on a clock the tests move: the reminders before the end, renewing, the pages.</summary>
public class PassRenewalTests(TestModeFactory factory) : IClassFixture<TestModeFactory>
{
    private PassService Passes => factory.Services.GetRequiredService<PassService>();

    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    private async Task BuyAsync(string userId, int tierId)
    {
        var started = await Passes.StartAsync(userId, tierId, "http://localhost/");
        Assert.True(started.Succeeded, started.Error);
        var success = await factory.Services.GetRequiredService<TestModeBillingGateway>().CompleteCheckoutAsync(started.Value![TestModeBillingGateway.CheckoutPath.Length..]);
        Assert.StartsWith("http://localhost/billing/success", success);
    }

    private async Task<int> RemindersAsync(string userId) =>
        (await factory.NotificationsOfAsync(userId)).Count(n => n.Kind == NotificationKinds.PassEnding);

    [Fact]
    public async Task Reminders_go_out_fourteen_and_three_days_before_the_end_once_each_and_again_for_a_renewed_term()
    {
        var tier = await factory.CreatePassTierAsync();
        var member = await factory.CreateUserAsync();
        await BuyAsync(member.Id, tier.Id);
        var end = (await factory.MembershipOfAsync(member.Id))!.CurrentPeriodEndUtc!.Value;
        Assert.Equal(Now.AddDays(365), end);
        var reminders = factory.Services.GetRequiredService<PassReminders>();

        factory.Clock.Advance(end - Now - TimeSpan.FromDays(15));
        await reminders.ScanAsync();
        Assert.Equal(0, await RemindersAsync(member.Id));

        factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        await reminders.ScanAsync();
        await reminders.ScanAsync();
        await ActivatorUtilities.CreateInstance<PassReminders>(factory.Services).ScanAsync(); // as after a restart
        Assert.Equal(1, await RemindersAsync(member.Id));
        var first = (await factory.NotificationsOfAsync(member.Id)).Single(n => n.Kind == NotificationKinds.PassEnding);
        Assert.Equal(("/billing", end.ToString("yyyy-MM-dd")), (first.Link, first.Subject));

        factory.Clock.Advance(TimeSpan.FromDays(11));
        await reminders.ScanAsync();
        Assert.Equal(2, await RemindersAsync(member.Id));

        // Renewed with two days left: the renewal price, the days after the old end, and fresh reminders for the new end.
        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(14900, (await Passes.OfferAsync(member.Id, tier.Id)).Value!.Amount);
        await BuyAsync(member.Id, tier.Id);
        Assert.Equal(end.AddDays(365), (await factory.MembershipOfAsync(member.Id))!.CurrentPeriodEndUtc);
        await reminders.ScanAsync();
        Assert.Equal(2, await RemindersAsync(member.Id));
        factory.Clock.Advance(end.AddDays(365 - 10) - Now);
        await reminders.ScanAsync();
        Assert.Equal(3, await RemindersAsync(member.Id));
    }

    [Fact]
    public async Task Renewing_twice_in_a_row_stacks_both_terms_and_refunding_the_last_takes_its_days_back()
    {
        var tier = await factory.CreatePassTierAsync();
        var member = await factory.CreateUserAsync();
        var start = Now;
        await BuyAsync(member.Id, tier.Id);
        await BuyAsync(member.Id, tier.Id);
        await BuyAsync(member.Id, tier.Id);
        Assert.Equal(start.AddDays(3 * 365), (await factory.MembershipOfAsync(member.Id))!.CurrentPeriodEndUtc);
        // Far from the end, a renewal is at the full price.
        Assert.All(await factory.QueryAsync(db => db.Set<PassPurchase>().Where(p => p.UserId == member.Id).ToListAsync()), p => Assert.Equal(19900, p.AmountMinor));

        var refunded = await factory.Services.GetRequiredService<MembershipAdminService>().TestRefundPassAsync((await factory.OwnerAsync()).Id, member.Id);

        Assert.True(refunded.Succeeded, refunded.Error);
        var membership = (await factory.MembershipOfAsync(member.Id))!;
        Assert.Equal((MembershipSource.Pass, MembershipStatus.Active), (membership.Source, membership.Status));
        Assert.Equal(start.AddDays(2 * 365), membership.CurrentPeriodEndUtc);
    }

    [Fact]
    public async Task The_pricing_page_offers_the_pass_and_the_billing_page_shows_its_end_renewal_and_payments()
    {
        var tier = await factory.CreatePassTierAsync();
        var member = await factory.CreateUserAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        var pricing = await client.GetAsync("/pricing");
        var offer = pricing.Find($"[data-testid='tier-{tier.Id}'] [data-testid='pass-offer']");
        Assert.NotNull(offer);
        Assert.Contains("365-day pass", offer.TextContent);
        Assert.Contains("Alipay", offer.TextContent);
        Assert.Contains("WeChat Pay", offer.TextContent);

        await BuyAsync(member.Id, tier.Id);
        // Into the early-renewal window (moving the clock that far would also expire the sign-in).
        await factory.SetPassEndAsync(member.Id, Now.AddDays(20));
        var billing = await client.GetAsync("/billing");

        Assert.NotNull(billing.Find("[data-testid='pass-chip']"));
        Assert.NotNull(billing.Find("[data-testid='pass-ends']"));
        Assert.Contains("149", billing.Find("[data-testid='pass-renewal-price']")!.TextContent);
        Assert.Single(billing.Document.QuerySelectorAll("[data-testid='pass-payment']"));

        var chinese = await client.GetAsync("/billing", acceptLanguage: "zh-CN");
        Assert.Contains("续费优惠价", chinese.Text);
    }
}
