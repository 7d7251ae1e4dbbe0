using Microsoft.Playwright;

namespace MemberHub.BrowserTests.Pages;

public sealed class TrackMapPage(IPage page)
{
    public async Task OpenAsync(string track)
    {
        await page.GotoAsync($"/learn/{track}");
        await new Shell(page).WaitUntilReadyAsync();
    }

    public ILocator Stage(string key) => page.Locator($"[data-stage='{key}']");

    public ILocator Lesson(string slug) => page.Locator($"[data-lesson='{slug}']");
}

public sealed class LessonPage(IPage page)
{
    public async Task OpenAsync(string track, string lesson)
    {
        await page.GotoAsync($"/learn/{track}/{lesson}");
        await new Shell(page).WaitUntilReadyAsync();
    }

    public ILocator Body => page.Locator(".lesson-body");

    public ILocator Unlocked => page.Locator("[data-testid=unlocked]");

    public async Task MarkDoneAsync()
    {
        await page.ClickAsync("#mark-done");
        await page.Locator("[data-testid=lesson-done]").WaitForAsync();
    }
}
