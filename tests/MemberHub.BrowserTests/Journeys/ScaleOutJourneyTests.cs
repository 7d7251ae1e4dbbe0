using MemberHub.BrowserTests.Infrastructure;
using MemberHub.BrowserTests.Pages;
using MemberHub.Testing;
using MemberHub.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MemberHub.BrowserTests.Journeys;

/// <summary>Two instances on one database and one Redis, as behind a load balancer: a page on one follows what happens on the other.</summary>
[Collection(BrowserCollection.Name)]
public class ScaleOutJourneyTests(Browser browser)
{
    [Fact]
    public async Task An_answer_posted_on_one_instance_appears_live_for_a_member_reading_on_the_other()
    {
        using var redis = new RedisServer();
        await redis.StartAsync();
        await using var a = new ScaleOutServer(redis.Configuration);
        await using var b = new ScaleOutServer(redis.Configuration, a);
        var asker = await b.MemberAsync("Bea On-B", introduce: true);
        var expert = await a.MemberAsync("Axel On-A", introduce: false, role: AppRoles.Expert);
        var question = await b.QuestionAsync(asker, "Does a live answer cross from one server to the other?");
        var memberPage = await browser.NewPageAsync(b.BaseUrl);
        await using var memberContext = memberPage.Context;
        var expertPage = await browser.NewPageAsync(a.BaseUrl);
        await using var expertContext = expertPage.Context;
        await new LoginPage(memberPage).LogInAsync(asker.Email!, CommunityData.Password);
        await new LoginPage(expertPage).LogInAsync(expert.Email!, CommunityData.Password);
        var memberThread = new ThreadPage(memberPage);
        await memberThread.OpenAsync(question);
        await memberPage.Locator("[data-testid=thread-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(memberThread.Answers).ToHaveCountAsync(0);

        var expertThread = new ThreadPage(expertPage);
        await expertThread.OpenAsync(question);
        await expertThread.AnswerAsync("Yes: instance A publishes the change through Redis and instance B re-renders the thread.");
        await Expect(expertThread.Answers).ToHaveCountAsync(1);

        // The member's page is on instance B: no reload, the answer arrives through Redis and B's circuit.
        await Expect(memberThread.Answers).ToHaveCountAsync(1);
        await Expect(memberThread.Answers.First).ToContainTextAsync("instance A publishes the change");
        await Browser.ScreenshotAsync(memberPage, "scale-out-answer-on-b");
    }

    /// <summary>An instance with Redis; a second one shares the first one's database.</summary>
    private sealed class ScaleOutServer(string redis, ScaleOutServer? first = null) : AppServer
    {
        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = first is null ? [] : SameDatabaseAs(first);
                settings["Redis:Configuration"] = redis;
                return settings;
            }
        }
    }
}
