using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Memberships.TestMode;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>Gated pages decide on the server: refused content is not in the HTML at all.</summary>
public class GatedPageTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private const string MembersOnlyMarker = "data-testid=\"members-only\"";

    private async Task<TestClient> SignedInAsync(string email)
    {
        var client = factory.CreateTestClient();
        await client.LogInAsync(email, MemberHubFactory.Password);
        return client;
    }

    [Fact]
    public async Task Visitor_is_asked_to_log_in_and_sees_no_member_content()
    {
        using var client = factory.CreateTestClient();
        var page = await client.GetAsync("/members");
        Assert.Equal("SignIn", page.Find("[data-testid=access-refusal]")!.GetAttribute("data-refusal"));
        Assert.DoesNotContain(MembersOnlyMarker, page.Html);
    }

    [Fact]
    public async Task Signed_in_user_without_membership_is_invited_to_join()
    {
        var user = await factory.CreateUserAsync();
        using var client = await SignedInAsync(user.Email!);
        var page = await client.GetAsync("/members");
        Assert.Equal("Join", page.Find("[data-testid=access-refusal]")!.GetAttribute("data-refusal"));
        Assert.NotNull(page.Find("#join-link"));
    }

    [Fact]
    public async Task Member_sees_the_members_area_and_a_lapsed_member_is_asked_to_renew()
    {
        var tier = await factory.CreateTierAsync();
        var member = await factory.CreateUserAsync();
        var owner = (await factory.OwnerAsync()).Id;
        var admin = factory.Services.GetRequiredService<MembershipAdminService>();
        await admin.GrantComplimentaryAsync(owner, member.Id, tier.Id, DateTime.UtcNow.AddDays(10));
        using var client = await SignedInAsync(member.Email!);

        var open = await client.GetAsync("/members");
        await admin.RevokeAsync(owner, member.Id);
        var lapsed = await client.GetAsync("/members");

        Assert.Contains(MembersOnlyMarker, open.Html);
        Assert.Equal("Renew", lapsed.Find("[data-testid=access-refusal]")!.GetAttribute("data-refusal"));
        Assert.Contains("Renew to continue", lapsed.Text);
        Assert.DoesNotContain(MembersOnlyMarker, lapsed.Html);
    }

    [Fact]
    public async Task A_member_whose_payment_failed_is_warned_on_every_page_and_keeps_access()
    {
        var tier = await factory.CreateTierAsync();
        var member = await factory.CreateUserAsync();
        var start = await factory.Services.GetRequiredService<CheckoutService>().StartAsync(member.Id, tier.Id, Web.Features.Memberships.Tiers.BillingInterval.Month, "http://localhost/");
        await factory.Services.GetRequiredService<TestModeBillingGateway>().CompleteCheckoutAsync(start.Value![TestModeBillingGateway.CheckoutPath.Length..]);
        await factory.Services.GetRequiredService<MembershipAdminService>().TestFailPaymentAsync((await factory.OwnerAsync()).Id, member.Id);
        using var client = await SignedInAsync(member.Email!);

        var home = await client.GetAsync("/");
        var members = await client.GetAsync("/members");

        Assert.NotNull(home.Find("[data-testid=payment-warning]"));
        Assert.Contains(MembersOnlyMarker, members.Html);
        Assert.NotNull(members.Find("[data-testid=payment-warning]"));
    }

    [Fact]
    public async Task Experts_see_member_content_without_paying()
    {
        var expert = await factory.CreateUserAsync(role: AppRoles.Expert);
        using var client = await SignedInAsync(expert.Email!);
        var page = await client.GetAsync("/members");
        Assert.Contains(MembersOnlyMarker, page.Html);
    }

    [Theory]
    [InlineData("/owner/tiers")]
    [InlineData("/owner/tiers/new")]
    [InlineData("/owner/members")]
    public async Task Owner_pages_are_refused_to_members(string path)
    {
        var member = await factory.CreateUserAsync(role: AppRoles.Moderator);
        using var client = await SignedInAsync(member.Email!);
        var page = await client.GetAsync(path);
        Assert.Equal("/Account/AccessDenied", page.Path);
    }

    [Fact]
    public async Task Billing_needs_a_log_in()
    {
        using var client = factory.CreateTestClient();
        var page = await client.GetAsync("/billing");
        Assert.Equal("/Account/Login", page.Path);
    }

    [Fact]
    public async Task Someone_elses_test_checkout_cannot_be_seen_or_paid()
    {
        var tier = await factory.CreateTierAsync();
        var buyer = await factory.CreateUserAsync();
        var start = await factory.Services.GetRequiredService<CheckoutService>().StartAsync(buyer.Id, tier.Id, Web.Features.Memberships.Tiers.BillingInterval.Month, "http://localhost/");
        var intruder = await factory.CreateUserAsync();
        using var client = await SignedInAsync(intruder.Email!);

        var page = await client.GetAsync(start.Value!);

        Assert.Contains("This checkout does not exist.", page.Text);
        Assert.Null(page.Find("#test-pay"));
        Assert.StartsWith(TestModeBillingGateway.CheckoutPath, start.Value);
    }

    [Fact]
    public async Task Pricing_page_shows_tiers_in_both_languages_with_the_trial()
    {
        await factory.CreateTierAsync("Guild", monthly: 25, trialDays: 14);
        using var client = factory.CreateTestClient();

        var english = await client.GetAsync("/pricing", "en");
        var chinese = await client.GetAsync("/pricing", "zh-CN");

        Assert.Contains("Guild", english.Text);
        Assert.Contains("$25", english.Text);
        Assert.Contains("14-day free trial", english.Text);
        Assert.Contains("Guild（中）", chinese.Text);
        Assert.Contains("免费试用 14 天", chinese.Text);
        Assert.Contains("Test mode", english.Text);
    }
}
