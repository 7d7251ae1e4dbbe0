using MemberHub.BrowserTests.Infrastructure;
using MemberHub.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MemberHub.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class ContentEditorJourneyTests(Browser browser, AppServer app)
{
    [Fact]
    public async Task Owner_writes_a_lesson_fixes_a_wrong_date_and_previews_the_track_as_a_member()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(page).LogInAsync(AppServer.OwnerEmail, AppServer.OwnerPassword);
        var shell = new Shell(page);
        var slug = "tea-" + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync("/owner/tracks/new");
        await shell.WaitUntilReadyAsync();
        await page.FillAsync("#track-title-en", "Tea basics");
        await page.FillAsync("#track-slug", slug);
        await page.ClickAsync("#track-save");
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/owner/tracks/\\d+$"));
        await Expect(page.Locator("[data-edit-stage='beginner']")).ToBeVisibleAsync();

        await page.Locator("[data-edit-stage='beginner'] [data-testid=new-lesson]").ClickAsync();
        await page.Locator("#lesson-title-en").WaitForAsync();
        await page.FillAsync("#lesson-title-en", "Water temperature");
        await page.FillAsync("#lesson-slug", "water-temperature");
        await page.FillAsync("#lesson-body-en", "Green tea wants **80 °C** water.");
        await Expect(page.Locator("[data-testid=lesson-body-en-preview] strong")).ToHaveTextAsync("80 °C");
        await page.FillAsync("#lesson-release", "30.12.2026");
        await page.ClickAsync("#lesson-save");

        await Expect(page.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync("“30.12.2026” is not a date");
        await Expect(page.Locator("#lesson-body-en")).ToHaveValueAsync("Green tea wants **80 °C** water.");
        await Browser.ScreenshotAsync(page, "content-lesson-editor-error");
        await page.FillAsync("#lesson-release", "");
        await page.FillAsync("#lesson-drip", "5");
        await page.ClickAsync("#lesson-save");

        await Browser.KeepEvidenceAsync(page, "content-lesson-saved", async () =>
        {
            await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/owner/tracks/\\d+$"));
            await Expect(page.Locator("[data-edit-stage='beginner'] [data-edit-lesson='water-temperature']")).ToContainTextAsync("Day 5");
        });
        await page.FillAsync("#preview-day", "2");
        await page.Locator("#preview-day").BlurAsync();
        await Expect(page.Locator("[data-testid=track-map] [data-lesson='water-temperature']")).ToContainTextAsync("Unlocks in 3 days");
        await Browser.ScreenshotAsync(page, "content-track-editor");
    }
}
