using MemberHub.BrowserTests.Infrastructure;
using MemberHub.BrowserTests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MemberHub.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class AccountJourneyTests(Browser browser, AppServer app)
{
    [Fact]
    public async Task Visitor_registers_confirms_logs_in_and_switches_to_Chinese()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        var email = $"mei-{Guid.NewGuid():N}@browser.memberhub.local";

        await new RegisterPage(page).RegisterAsync("Mei Learner", email, "Member-pass-2026");
        await new OutboxPage(page).FollowLinkInMessageToAsync(email);
        await Expect(page.Locator("[data-testid=status-message]")).ToContainTextAsync("Thank you for confirming");

        await new LoginPage(page).LogInAsync(email, "Member-pass-2026");
        var shell = new Shell(page);
        await shell.WaitUntilReadyAsync();
        await Expect(shell.UserMenu).ToContainTextAsync("Mei Learner");
        await Expect(shell.Navigation).ToContainTextAsync("Home");

        await shell.SwitchLanguageAsync();

        await Expect(shell.Navigation).ToContainTextAsync("首页");
        await Expect(shell.Navigation).ToContainTextAsync("我的账号");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await Browser.ScreenshotAsync(page, "register-confirm-login-chinese");
    }

    [Fact]
    public async Task Phone_width_layout_hides_the_drawer_behind_the_menu_button()
    {
        var page = await browser.NewPageAsync(app.BaseUrl, width: 390, height: 844);
        await page.GotoAsync("/");
        var shell = new Shell(page);
        await shell.WaitUntilReadyAsync();

        await page.ClickAsync("#nav-toggle");

        await Expect(shell.Navigation).ToBeVisibleAsync();
        await Expect(shell.Navigation).ToContainTextAsync("Home");
        await Browser.ScreenshotAsync(page, "phone-navigation");
    }
}
