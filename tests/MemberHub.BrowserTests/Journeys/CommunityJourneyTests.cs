using MemberHub.BrowserTests.Infrastructure;
using MemberHub.BrowserTests.Pages;
using MemberHub.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MemberHub.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class CommunityJourneyTests(Browser browser, AppServer app)
{
    [Fact]
    public async Task A_new_member_cannot_reply_until_they_have_introduced_themselves_then_can()
    {
        var host = await app.MemberAsync("Hana Host", introduce: true);
        var newcomer = await app.MemberAsync("Nico Newcomer", introduce: false);
        var introduction = await app.IntroductionOfAsync(host);
        var page = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(page).LogInAsync(newcomer.Email!, CommunityData.Password);
        var introductions = new IntroductionsPage(page);

        await introductions.OpenAsync(introduction);
        await Expect(page.Locator("[data-testid=ritual-banner]")).ToBeVisibleAsync();
        await introductions.ReplyToAsync(introduction, "Lovely to meet you, Hana!");
        await Expect(introductions.Introduction(introduction)).ToContainTextAsync("Introduce yourself first");
        await Expect(page.Locator($"#reply-{introduction}")).ToHaveValueAsync("Lovely to meet you, Hana!");
        await Expect(introductions.Introduction(introduction).Locator("[data-testid=reply]")).ToHaveCountAsync(0);

        await new WelcomePage(page).CompleteProfileAndIntroduceAsync("I teach chess to children online",
            "Hi everyone, I am Nico and I teach chess to children in small online groups.");
        await introductions.OpenAsync(introduction);
        await introductions.ReplyToAsync(introduction, "Lovely to meet you, Hana!");

        await Expect(introductions.Introduction(introduction).Locator("[data-testid=reply]")).ToContainTextAsync("Lovely to meet you, Hana!");
        await Expect(page.Locator("[data-testid=ritual-banner]")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(page, "community-reply-after-introduction");
    }

    [Fact]
    public async Task A_reported_reply_is_hidden_by_a_moderator_disappears_for_members_and_its_author_is_notified()
    {
        var host = await app.MemberAsync("Hugo Host", introduce: true);
        var author = await app.MemberAsync("Sly Spammer", introduce: true);
        var reporter = await app.MemberAsync("Rita Reporter", introduce: true);
        var moderator = await app.MemberAsync("Mo Moderator", introduce: false, role: AppRoles.Moderator);
        var introduction = await app.IntroductionOfAsync(host);
        var reply = await app.ReplyAsync(author, introduction, "Grow your group fast, message me for cheap followers");

        var reporterPage = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(reporterPage).LogInAsync(reporter.Email!, CommunityData.Password);
        var reporterView = new IntroductionsPage(reporterPage);
        await reporterView.OpenAsync(introduction);
        await reporterView.ReportReplyAsync(reply, "Selling followers");

        var authorPage = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(authorPage).LogInAsync(author.Email!, CommunityData.Password);
        await new Shell(authorPage).WaitUntilReadyAsync();
        await Expect(authorPage.Locator("[data-testid=unread-count] .mud-badge")).ToBeHiddenAsync();

        var moderatorPage = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(moderatorPage).LogInAsync(moderator.Email!, CommunityData.Password);
        await new ModerationPage(moderatorPage).HideReplyAsync(reply, "Advertising is not allowed here");

        // The reporter's open page drops the reply without a reload; the author's bell lights up live.
        await Expect(reporterView.Reply(reply)).ToHaveCountAsync(0);
        await Expect(authorPage.Locator("[data-testid=unread-count] .mud-badge")).ToContainTextAsync("1");
        await authorPage.ClickAsync("#notification-bell");
        await Expect(authorPage.Locator("[data-testid=notification][data-kind=PostHidden]")).ToContainTextAsync("Advertising is not allowed here");
        await Browser.ScreenshotAsync(authorPage, "community-author-notified");
        await Browser.ScreenshotAsync(reporterPage, "community-reply-hidden");
    }

    [Fact]
    public async Task A_moderator_hides_a_reply_straight_from_the_feed_and_it_disappears_for_members()
    {
        var host = await app.MemberAsync("Hana Feed", introduce: true);
        var author = await app.MemberAsync("Pat Pusher", introduce: true);
        var reader = await app.MemberAsync("Ray Reader", introduce: true);
        var moderator = await app.MemberAsync("Mia Moderator", introduce: false, role: AppRoles.Moderator);
        var introduction = await app.IntroductionOfAsync(host);
        var reply = await app.ReplyAsync(author, introduction, "Join my other group, link in my profile");

        var readerPage = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(readerPage).LogInAsync(reader.Email!, CommunityData.Password);
        var readerView = new IntroductionsPage(readerPage);
        await readerView.OpenAsync(introduction);
        await Expect(readerView.Reply(reply)).ToHaveCountAsync(1);
        await Expect(readerView.Reply(reply).Locator("[data-testid=hide-post]")).ToHaveCountAsync(0);

        var moderatorPage = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(moderatorPage).LogInAsync(moderator.Email!, CommunityData.Password);
        var moderatorView = new IntroductionsPage(moderatorPage);
        await moderatorView.OpenAsync(introduction);
        await moderatorView.Reply(reply).Locator("[data-testid=hide-post]").ClickAsync();
        await moderatorView.Reply(reply).Locator("input").FillAsync("No recruiting for other groups");
        await moderatorView.Reply(reply).Locator("[data-testid=hide-post-confirm]").ClickAsync();

        // The moderator still sees it, marked; the reader's open page drops it without a reload.
        await Expect(moderatorView.Reply(reply).Locator("[data-testid=hide-post]")).ToContainTextAsync("Restore");
        await Expect(readerView.Reply(reply)).ToHaveCountAsync(0);
    }
}
