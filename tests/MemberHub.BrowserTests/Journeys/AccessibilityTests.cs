using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using MemberHub.BrowserTests.Infrastructure;
using MemberHub.BrowserTests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MemberHub.BrowserTests.Journeys;

/// <summary>axe-core's WCAG 2.2 A/AA rules find nothing on the pages a visitor and a member read, in both languages and themes.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(Browser browser, AppServer app)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    private static readonly string[] VisitorPages = ["/", "/pricing", "/talks", "/questions", "/Account/Login", "/Account/Register"];

    private static readonly string[] MemberPages =
    [
        "/", "/pricing", "/learn", "/learn/growing-a-community", "/learn/growing-a-community/why-paid-entry", "/questions",
        "/questions/ask", "/talks", "/members/directory", "/introductions", "/billing", "/notifications", "/profile",
        "/welcome", "/Account/Manage", "/faq", "/referrals",
    ];

    private static readonly string[] OwnerPages =
    [
        "/owner/settings", "/owner/tiers", "/owner/tiers/new", "/owner/tracks", "/owner/talks/new", "/owner/tags",
        "/owner/engagement", "/owner/people", "/owner/members", "/owner/audit", "/moderation", "/experts/queue", "/owner",
        "/owner/billing-health", "/owner/export", "/owner/import-members", "/owner/import-threads", "/owner/referrals",
        "/owner/seasons", "/owner/tracks/new",
    ];

    // Each language and each theme, every page in each: the language changes the texts and their length, the theme
    // the colours; neither depends on the other, so two pairings cover both at half the time of all four.
    public static TheoryData<string, string> Looks => new()
    {
        { "en-US", "light" },
        { "zh-CN", "dark" },
    };

    [Theory]
    [MemberData(nameof(Looks))]
    public async Task Pages_a_visitor_and_a_member_read_have_no_wcag_violations(string locale, string theme)
    {
        var visitor = await browser.NewPageAsync(app.BaseUrl, locale);
        await using var visitorContext = visitor.Context; // closed when the test ends, so its tabs stop running
        await UseThemeAsync(visitor, theme);
        var found = new List<string>();
        foreach (var url in VisitorPages.Append($"/talks/{await app.TalkAsync("Office hours for visitors")}"))
        {
            found.AddRange(await ViolationsAsync(visitor, url));
        }

        var member = await app.MemberAsync("Ada Access", introduce: true);
        var thread = await app.QuestionAsync(member, "Monthly or yearly first?");
        var talk = await app.TalkAsync("Year one of a paid circle");
        var page = await browser.NewPageAsync(app.BaseUrl, locale);
        await using var pageContext = page.Context; // closed when the test ends, so its tabs stop running
        await UseThemeAsync(page, theme);
        await new LoginPage(page).LogInAsync(member.Email!, CommunityData.Password);
        foreach (var url in MemberPages.Append($"/questions/{thread}").Append($"/talks/{talk}").Append($"/members/{member.Id}"))
        {
            found.AddRange(await ViolationsAsync(page, url));
        }

        Assert.True(found.Count == 0, $"{locale}, {theme}:\n" + string.Join("\n", found));
    }

    [Theory]
    [MemberData(nameof(Looks))]
    public async Task Pages_the_owner_works_in_have_no_wcag_violations(string locale, string theme)
    {
        var page = await browser.NewPageAsync(app.BaseUrl, locale);
        await using var pageContext = page.Context; // closed when the test ends, so its tabs stop running
        await UseThemeAsync(page, theme);
        await new LoginPage(page).LogInAsync(AppServer.OwnerEmail, AppServer.OwnerPassword);
        var found = new List<string>();
        var (track, lesson) = await ContentIdsAsync();
        foreach (var url in OwnerPages.Append($"/owner/tracks/{track}").Append($"/owner/lessons/{lesson}"))
        {
            found.AddRange(await ViolationsAsync(page, url));
        }

        Assert.True(found.Count == 0, $"{locale}, {theme}:\n" + string.Join("\n", found));
    }

    private async Task<(int Track, int Lesson)> ContentIdsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MemberHub.Web.Data.AppDbContext>();
        var track = await db.Set<MemberHub.Web.Features.Content.Tracks.Track>().OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        var lesson = await db.Set<MemberHub.Web.Features.Content.Tracks.Lesson>().Where(l => l.TrackId == track).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        return (track, lesson);
    }

    private async Task UseThemeAsync(IPage page, string theme) =>
        await page.Context.AddCookiesAsync([new Cookie { Name = "mh.theme", Value = theme, Url = app.BaseUrl }]);

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await new Shell(page).WaitUntilReadyAsync();
        var result = await page.RunAxe(Wcag);
        return result.Violations.Select(v => $"{url} {v.Id}: " + string.Join(" | ", v.Nodes.Take(3)
            .Select(n => n.Target + " " + string.Join("; ", n.Any.Concat(n.All).Select(c => c.Message)))));
    }
}
