using MemberHub.BrowserTests.Infrastructure;
using MemberHub.BrowserTests.Pages;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts.Funnel;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MemberHub.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class ReferralJourneyTests(Browser browser, AppServer app)
{
    [Fact]
    public async Task A_member_shares_their_link_the_invited_visitor_joins_and_pays_and_the_referrer_sees_the_reward()
    {
        var tierName = await CreateTierAsync();
        var referrer = await app.MemberAsync("Rita Referrer", introduce: true);
        var referrerPage = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(referrerPage).LogInAsync(referrer.Email!, CommunityData.Password);
        await referrerPage.GotoAsync("/referrals");
        var link = (await referrerPage.Locator("[data-testid=referral-link]").TextContentAsync())!.Trim();
        var code = (await referrerPage.Locator("[data-testid=referral-code]").TextContentAsync())!.Trim();
        await Browser.ScreenshotAsync(referrerPage, "referrals-link");

        var visitor = await browser.NewPageAsync(app.BaseUrl);
        await visitor.GotoAsync(new Uri(link).PathAndQuery);
        await visitor.WaitForURLAsync($"**/pricing?ref={code}");
        await new Shell(visitor).WaitUntilReadyAsync();
        await WaitForVisitFromAsync(code);
        var email = $"invited-{Guid.NewGuid():N}@browser.memberhub.local";
        var pricing = new Pages.PricingPage(visitor);
        await pricing.JoinAsync(tierName);
        await visitor.WaitForURLAsync("**/Account/Register**");
        await new RegisterPage(visitor).RegisterAsync("Ivy Invited", email, "Member-pass-2026", navigate: false);
        await new OutboxPage(visitor).FollowLinkInMessageToAsync(email);
        await visitor.ClickAsync("#confirm-login");
        await new LoginPage(visitor).LogInAsync(email, "Member-pass-2026", navigate: false);
        await visitor.WaitForURLAsync("**/pricing**");
        await pricing.JoinAsync(tierName);
        await new TestCheckoutPage(visitor).PayAsync();
        await Expect(visitor.Locator("[data-testid=membership-active]")).ToBeVisibleAsync();

        await referrerPage.GotoAsync("/referrals");
        var reward = referrerPage.Locator("[data-testid=reward]").Filter(new LocatorFilterOptions { HasText = "Ivy Invited" });
        await Expect(reward).ToHaveAttributeAsync("data-state", "Pending");
        await Expect(referrerPage.Locator("[data-testid=referral-visits]")).Not.ToHaveTextAsync("0");
        await Browser.ScreenshotAsync(referrerPage, "referrals-reward-pending");
    }

    // The pricing page counts the visit from the browser (memberhub.js); the sign-up takes its source from that row.
    private async Task WaitForVisitFromAsync(string code)
    {
        using var scope = app.Services.CreateScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        for (var waited = 0; waited < 100; waited++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            if (await db.Set<FunnelStep>().AnyAsync(s => s.Source == "ref:" + code && s.PersonKey.StartsWith("v-")))
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"The visit through {code}'s link was not counted");
    }

    private async Task<string> CreateTierAsync()
    {
        var name = "Invite " + Guid.NewGuid().ToString("N")[..6];
        using var scope = app.Services.CreateScope();
        var owner = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<MemberHub.Web.Features.Accounts.ApplicationUser>>()
            .FindByEmailAsync(AppServer.OwnerEmail);
        var saved = await scope.ServiceProvider.GetRequiredService<TierService>().SaveAsync(owner!.Id, new TierInput
        {
            NameEn = name, NameZh = name, Rank = Random.Shared.Next(1, 1000), MonthlyPrice = 15, Currency = "usd",
        });
        Assert.True(saved.Succeeded, saved.Error);
        return name;
    }
}
