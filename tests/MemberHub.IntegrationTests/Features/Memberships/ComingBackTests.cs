using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Memberships.TestMode;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>A lapsed member comes back in one click; a member whose card failed can fix it from where they are told.</summary>
public class ComingBackTests(TestModeFactory factory) : IClassFixture<TestModeFactory>
{
    private MembershipAdminService Admin => factory.Services.GetRequiredService<MembershipAdminService>();

    private async Task<(ApplicationUser Member, Web.Features.Memberships.Tiers.Tier Tier)> PaidMemberAsync()
    {
        var tier = await factory.CreateTierAsync("Comeback " + Guid.NewGuid().ToString("N")[..4]);
        var member = await factory.CreateUserAsync();
        var start = await factory.Services.GetRequiredService<CheckoutService>().StartAsync(member.Id, tier.Id, BillingInterval.Month, "http://localhost/");
        await factory.Services.GetRequiredService<TestModeBillingGateway>().CompleteCheckoutAsync(start.Value![TestModeBillingGateway.CheckoutPath.Length..]);
        return (member, tier);
    }

    private async Task<TestClient> SignedInAsync(ApplicationUser member)
    {
        var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);
        return client;
    }

    [Fact]
    public async Task An_ended_membership_offers_renewing_the_same_tier_or_choosing_another()
    {
        var (member, tier) = await PaidMemberAsync();
        Assert.True((await Admin.TestCancelAsync((await factory.OwnerAsync()).Id, member.Id)).Succeeded);
        using var client = await SignedInAsync(member);

        var billing = await client.GetAsync("/billing", "en-US");
        var again = await factory.Services.GetRequiredService<CheckoutService>().StartAsync(member.Id, tier.Id, BillingInterval.Month, "http://localhost/");

        Assert.Contains($"Renew {tier.NameEn}", billing.Find("#renew")!.TextContent);
        Assert.Equal("/pricing", billing.Find("#renew-other")!.GetAttribute("href"));
        Assert.True(again.Succeeded, again.Error);
        Assert.StartsWith(TestModeBillingGateway.CheckoutPath, again.Value);
    }

    [Fact]
    public async Task A_failed_payment_offers_updating_the_payment_method_and_the_banner_leads_there()
    {
        var (member, _) = await PaidMemberAsync();
        Assert.True((await Admin.TestFailPaymentAsync((await factory.OwnerAsync()).Id, member.Id)).Succeeded);
        using var client = await SignedInAsync(member);

        var billing = await client.GetAsync("/billing", "en-US");

        Assert.NotNull(billing.Find("#update-payment"));
        Assert.NotNull(billing.Find("#payment"));
        Assert.Equal("/billing#payment", billing.Find("[data-testid=payment-warning] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Invoices_show_their_number()
    {
        var (member, _) = await PaidMemberAsync();
        using var client = await SignedInAsync(member);

        var billing = await client.GetAsync("/billing", "en-US");

        Assert.StartsWith("TEST-", billing.Find("[data-testid=invoice] td")!.TextContent.Trim());
    }
}
