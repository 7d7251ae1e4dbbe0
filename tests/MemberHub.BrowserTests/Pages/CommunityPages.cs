using Microsoft.Playwright;

namespace MemberHub.BrowserTests.Pages;

public sealed class IntroductionsPage(IPage page)
{
    public async Task OpenAsync(int? id = null)
    {
        await page.GotoAsync(id is null ? "/introductions" : $"/introductions/{id}");
        await new Shell(page).WaitUntilReadyAsync();
    }

    public ILocator Introduction(int id) => page.Locator($"[data-testid=introduction][data-id='{id}']");

    public ILocator Reply(int id) => page.Locator($"[data-testid=reply][data-id='{id}']");

    public async Task ReplyToAsync(int introductionId, string text)
    {
        await page.FillAsync($"#reply-{introductionId}", text);
        await Introduction(introductionId).Locator("[data-testid=reply-send]").ClickAsync();
    }

    public async Task ReportReplyAsync(int replyId, string details)
    {
        await Reply(replyId).Locator("[data-testid=report]").ClickAsync();
        await page.FillAsync("#report-details", details);
        // No reason is chosen for the reporter: sending without one is refused and keeps what was typed.
        await page.ClickAsync("#report-send");
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Choose a reason.");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#report-details")).ToHaveValueAsync(details);
        await page.Locator(".mud-dialog div.mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "Advertising" }).ClickAsync();
        await Infrastructure.Browser.ScreenshotAsync(page, "community-report-dialog");
        await page.ClickAsync("#report-send");
        await page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = "moderators will look" }).WaitForAsync();
    }
}

public sealed class WelcomePage(IPage page)
{
    public async Task CompleteProfileAndIntroduceAsync(string headline, string introduction)
    {
        await page.GotoAsync("/welcome");
        await new Shell(page).WaitUntilReadyAsync();
        await page.FillAsync("#profile-headline", headline);
        await page.ClickAsync("#profile-save");
        await page.Locator("#introduction-body").WaitForAsync();
        await page.FillAsync("#introduction-body", introduction);
        await page.ClickAsync("#post-introduction");
        await page.WaitForURLAsync("**/introductions/**");
    }
}

public sealed class ModerationPage(IPage page)
{
    public async Task HideReplyAsync(int replyId, string reason)
    {
        await page.GotoAsync("/moderation");
        await new Shell(page).WaitUntilReadyAsync();
        var item = page.Locator($"[data-testid=queue-item][data-kind='introduction-reply'][data-id='{replyId}']");
        await item.Locator("input").FillAsync(reason);
        await item.Locator("[data-testid=hide]").ClickAsync();
        await item.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }
}
