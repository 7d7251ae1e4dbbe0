using MemberHub.BrowserTests.Infrastructure;
using MemberHub.BrowserTests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MemberHub.BrowserTests.Journeys;

/// <summary>Nothing in the app bar or the main column is cut off, on a phone and on a desktop, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public class ShellLayoutTests(Browser browser, AppServer app)
{
    private const string Lesson = "/learn/growing-a-community/why-paid-entry";

    public static TheoryData<int, string> Screens => new()
    {
        { 360, "en-US" },
        { 360, "zh-CN" },
        { 1280, "en-US" },
        { 1280, "zh-CN" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_visitor_sees_the_whole_app_bar_and_page(int width, string locale)
    {
        var page = await browser.NewPageAsync(app.BaseUrl, locale, width: width);
        await using var pageContext = page.Context; // closed when the test ends, so its tabs stop running
        foreach (var url in new[] { "/", "/pricing", "/talks" })
        {
            await OpenAsync(page, url);
            await AssertNothingClippedAsync(page, width, url);
        }
        await Expect(page.Locator("#signup-link")).ToBeVisibleAsync();
        await AssertPreferencesReachableAsync(page, width);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_member_sees_the_name_the_bell_and_the_account_on_every_width(int width, string locale)
    {
        var member = await app.MemberAsync("Wendy Widthwise", introduce: true);
        var thread = await app.QuestionAsync(member, "问答页面在桌面和手机上都完整显示吗？");
        var page = await browser.NewPageAsync(app.BaseUrl, locale, width: width);
        await using var pageContext = page.Context; // closed when the test ends, so its tabs stop running
        await new LoginPage(page).LogInAsync(member.Email!, CommunityData.Password);
        foreach (var url in new[] { "/", Lesson, "/questions", $"/questions/{thread}", "/members/directory" })
        {
            // One run in five of the full suite failed here once (360 px, zh-CN) and never alone: keep what the page was.
            await Browser.KeepEvidenceAsync(page, $"shell-member-{width}-{locale}-{url.Trim('/').Replace('/', '-')}", async () =>
            {
                await OpenAsync(page, url);
                await AssertNothingClippedAsync(page, width, url);
                await Expect(page.Locator("#notification-bell")).ToBeVisibleAsync();
                await Expect(page.Locator("#user-menu")).ToBeVisibleAsync();
            });
        }
        await Browser.ScreenshotAsync(page, $"shell-member-{width}-{locale}");
        await AssertPreferencesReachableAsync(page, width);
    }

    private static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await new Shell(page).WaitUntilReadyAsync();
    }

    private static async Task AssertNothingClippedAsync(IPage page, int width, string url)
    {
        foreach (var element in await page.Locator(".mud-appbar a, .mud-appbar button, .mud-appbar .app-title").AllAsync())
        {
            if (await element.IsVisibleAsync() && await element.BoundingBoxAsync() is { } box)
            {
                Assert.True(box.X >= 0 && box.X + box.Width <= width + 0.5, $"{url}: an app bar item spans {box.X:0}–{box.X + box.Width:0} of {width} px");
            }
        }
        // The name may wrap onto two lines on a phone, but is never cut.
        var clipped = await page.Locator(".app-title .mud-typography").EvaluateAsync<bool>(
            "e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1");
        Assert.False(clipped, $"{url}: the community name is cut off");

        var heading = await page.Locator(".mud-main-content h1").First.BoundingBoxAsync();
        Assert.True(heading!.X >= 0 && heading.X + heading.Width <= width + 0.5, $"{url}: the heading spans {heading.X:0}–{heading.X + heading.Width:0}");
        if (width >= 960)
        {
            // The drawer is open beside the page on a desktop: the page starts where it ends.
            var drawer = await page.Locator(".mud-drawer").BoundingBoxAsync();
            Assert.True(heading.X >= drawer!.X + drawer.Width, $"{url}: the heading starts at {heading.X:0}, under the drawer (ends {drawer.X + drawer.Width:0})");
        }
    }

    private static async Task AssertPreferencesReachableAsync(IPage page, int width)
    {
        if (width >= 600)
        {
            await Expect(page.Locator("#language-switch")).ToBeVisibleAsync();
            await Expect(page.Locator("#theme-toggle")).ToBeVisibleAsync();
            return;
        }
        await Expect(page.Locator("#language-switch")).ToBeHiddenAsync();
        await page.ClickAsync("#nav-toggle");
        await Expect(page.Locator("#language-switch-menu")).ToBeVisibleAsync();
        await Expect(page.Locator("#theme-toggle-menu")).ToBeVisibleAsync();
    }
}
