using MemberHub.BrowserTests.Infrastructure;
using MemberHub.BrowserTests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MemberHub.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class OwnerJourneyTests(Browser browser, AppServer app)
{
    [Fact]
    public async Task Owner_renames_the_community_and_the_home_page_shows_it()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(page).LogInAsync(AppServer.OwnerEmail, AppServer.OwnerPassword);

        await page.GotoAsync("/owner/settings");
        await new Shell(page).WaitUntilReadyAsync();
        await page.FillAsync("#settings-name", "Tea Tasters Circle");
        await page.FillAsync("#settings-tagline", "Learn to taste tea, one leaf at a time");
        await page.FillAsync("#settings-description", "We **taste** together.");
        await page.ClickAsync("#settings-save");
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Settings saved.");
        await Expect(page.Locator(".app-title")).ToHaveTextAsync("Tea Tasters Circle");
        await Browser.ScreenshotAsync(page, "owner-settings");

        await page.GotoAsync("/");
        await Expect(page.Locator("#community-name")).ToHaveTextAsync("Tea Tasters Circle");
        await Expect(page.Locator(".markdown-body strong")).ToHaveTextAsync("taste");
    }

    [Fact]
    public async Task Owner_makes_a_member_an_expert_on_the_people_page()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        var email = $"pat-{Guid.NewGuid():N}@browser.memberhub.local";
        await new RegisterPage(page).RegisterAsync("Pat Expert", email, "Member-pass-2026");
        await new LoginPage(page).LogInAsync(AppServer.OwnerEmail, AppServer.OwnerPassword);

        await page.GotoAsync("/owner/people");
        await new Shell(page).WaitUntilReadyAsync();
        await page.Locator($"input[data-testid='expert-{email}']").CheckAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Pat Expert is now Expert.");
        await Browser.ScreenshotAsync(page, "owner-people");

        await page.GotoAsync("/");
        await Expect(page.Locator("#expert-list")).ToContainTextAsync("Pat Expert");
    }
}
