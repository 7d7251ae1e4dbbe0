using MemberHub.BrowserTests.Infrastructure;
using MemberHub.BrowserTests.Pages;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MemberHub.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class JoinAndPayTests(Browser browser, AppServer app)
{
    [Fact]
    public async Task Visitor_picks_a_tier_signs_up_pays_in_test_mode_and_loses_access_when_the_owner_ends_it()
    {
        var tierName = await CreateTierAsync();
        var visitor = await browser.NewPageAsync(app.BaseUrl);
        var email = $"joiner-{Guid.NewGuid():N}@browser.memberhub.local";
        var pricing = new Pages.PricingPage(visitor);

        // Once (of some thirty full runs, under a loaded machine) the sign-up page did not come within 15 s of the click:
        // the page and its HTML are kept if it happens again.
        await Browser.KeepEvidenceAsync(visitor, "join-pricing", async () =>
        {
            await pricing.OpenAsync();
            await Expect(pricing.Tier(tierName)).ToContainTextAsync("$12");
            await pricing.JoinAsync(tierName);
            await visitor.WaitForURLAsync("**/Account/Register**");
        });
        await new RegisterPage(visitor).RegisterAsync("Joiner June", email, "Member-pass-2026", navigate: false);
        await new OutboxPage(visitor).FollowLinkInMessageToAsync(email);
        await visitor.ClickAsync("#confirm-login");
        await new LoginPage(visitor).LogInAsync(email, "Member-pass-2026", navigate: false);

        await visitor.WaitForURLAsync("**/pricing**");
        await pricing.JoinAsync(tierName);
        await new TestCheckoutPage(visitor).PayAsync();
        await Expect(visitor.Locator("[data-testid=membership-active]")).ToBeVisibleAsync();
        await visitor.ClickAsync("#enter-community");
        await Expect(visitor.Locator("[data-testid=step-rules]")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(visitor, "join-welcome-steps");
        await visitor.GotoAsync("/members");
        await Expect(visitor.Locator("[data-testid=members-only]")).ToContainTextAsync(tierName);
        await Browser.ScreenshotAsync(visitor, "join-members-area");
        await visitor.GotoAsync("/billing");
        await Expect(visitor.Locator("[data-testid=membership-phase]")).ToHaveAttributeAsync("data-phase", "Active");
        await Expect(visitor.Locator("[data-testid=invoices]")).ToContainTextAsync("$12");
        await Browser.ScreenshotAsync(visitor, "join-billing");

        var owner = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(owner).LogInAsync(AppServer.OwnerEmail, AppServer.OwnerPassword);
        await new OwnerMemberPage(owner).EndSubscriptionOfAsync("Joiner June");

        await visitor.GotoAsync("/members");
        await Expect(visitor.Locator("[data-testid=access-refusal]")).ToHaveAttributeAsync("data-refusal", "Renew");
        await Expect(visitor.Locator("#renew-link")).ToBeVisibleAsync();
        await Expect(visitor.Locator("[data-testid=members-only]")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(visitor, "join-renew-to-continue");
        await visitor.GotoAsync("/billing");
        await Expect(visitor.Locator("#renew")).ToBeVisibleAsync();
        await Expect(visitor.Locator("#renew-other")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(visitor, "join-billing-renew");
    }

    private async Task<string> CreateTierAsync()
    {
        var name = "Browser " + Guid.NewGuid().ToString("N")[..6];
        using var scope = app.Services.CreateScope();
        var tiers = scope.ServiceProvider.GetRequiredService<TierService>();
        var owner = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<MemberHub.Web.Features.Accounts.ApplicationUser>>()
            .FindByEmailAsync(AppServer.OwnerEmail);
        var saved = await tiers.SaveAsync(owner!.Id, new TierInput
        {
            NameEn = name, NameZh = name, Rank = Random.Shared.Next(1, 1000), MonthlyPrice = 12, YearlyPrice = 120, Currency = "usd",
            PerksEn = "Members area\nQ&A", PerksZh = "会员专区\n问答",
        });
        Assert.True(saved.Succeeded, saved.Error);
        return name;
    }
}
