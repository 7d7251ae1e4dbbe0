using MemberHub.BrowserTests.Infrastructure;
using MemberHub.BrowserTests.Pages;
using MemberHub.Web.Features.Accounts;
using static Microsoft.Playwright.Assertions;

namespace MemberHub.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class BoardJourneyTests(Browser browser, AppServer app)
{
    [Fact]
    public async Task A_member_asks_an_expert_answers_the_answer_appears_live_and_the_member_accepts_it()
    {
        var asker = await app.MemberAsync("Ada Asker", introduce: true);
        var expert = await app.MemberAsync("Eli Expert", introduce: false, role: AppRoles.Expert);
        var memberPage = await browser.NewPageAsync(app.BaseUrl);
        var expertPage = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(memberPage).LogInAsync(asker.Email!, CommunityData.Password);
        await new LoginPage(expertPage).LogInAsync(expert.Email!, CommunityData.Password);

        await new AskPage(memberPage).AskAsync("How long should a free trial be for a paid circle?",
            "I run a small writing circle. Seven days feels short, thirty feels long. What works?");
        var memberThread = new ThreadPage(memberPage);
        await new Shell(memberPage).WaitUntilReadyAsync();
        await Expect(memberThread.State).ToHaveAttributeAsync("data-state", "open");
        await Expect(memberThread.Answers).ToHaveCountAsync(0);

        // The expert finds it waiting in the queue, oldest first.
        await expertPage.GotoAsync("/experts/queue");
        await new Shell(expertPage).WaitUntilReadyAsync();
        await Expect(expertPage.Locator($"[data-testid=queue-item][data-question='{memberThread.Id}']")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(expertPage, "board-expert-queue");

        var expertThread = new ThreadPage(expertPage);
        await expertThread.OpenAsync(memberThread.Id);
        await expertThread.AnswerAsync("Fourteen days: long enough to join one live talk and finish the first lesson.");
        await Expect(expertThread.Answers).ToHaveCountAsync(1);

        // No reload on the member's side: the answer arrives over the live connection.
        await Expect(memberThread.Answers).ToHaveCountAsync(1);
        await Expect(memberThread.Answers.First).ToContainTextAsync("Fourteen days");
        await Expect(memberThread.Answers.First.Locator("[data-testid=expert-badge]")).ToBeVisibleAsync();
        await Expect(memberThread.State).ToHaveAttributeAsync("data-state", "answered");

        await memberThread.Answers.First.Locator("[data-testid=accept-answer]").ClickAsync();

        await Expect(memberThread.State).ToHaveAttributeAsync("data-state", "resolved");
        await Expect(memberThread.Answers.First.Locator("[data-testid=accepted]")).ToBeVisibleAsync();
        await Expect(expertThread.State).ToHaveAttributeAsync("data-state", "resolved");
        await Browser.ScreenshotAsync(memberPage, "board-thread-resolved");
    }

    [Fact]
    public async Task A_member_on_the_static_question_list_sees_a_new_question_arrive_and_filters_it_by_stage()
    {
        var reader = await app.MemberAsync("Rita Reader", introduce: true);
        var asker = await app.MemberAsync("Otto Other", introduce: true);
        var page = await browser.NewPageAsync(app.BaseUrl);
        await using var context = page.Context;
        await new LoginPage(page).LogInAsync(reader.Email!, CommunityData.Password);
        await page.GotoAsync("/questions");
        await new Shell(page).WaitUntilReadyAsync();
        await Expect(page.Locator(".mud-appbar")).ToHaveAttributeAsync("data-render", "static");
        await Expect(page.Locator("[data-testid=board-live]")).ToBeAttachedAsync();

        // Asked elsewhere; the list's island asks for the page again, with no reload by the reader.
        var id = await app.QuestionAsync(asker, "Is a waiting list worth it for a small circle?");
        await Expect(page.Locator($"[data-testid=question-item][data-question='{id}']")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Browser.ScreenshotAsync(page, "board-list-live");

        // Choosing a stage applies it at once; the choice is in the URL.
        await page.SelectOptionAsync("#filter-stage", "advanced");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/questions\?stage=advanced(&|$)"));
        await Expect(page.Locator("#filter-stage")).ToHaveValueAsync("advanced");
        await Expect(page.Locator($"[data-testid=question-item][data-question='{id}']")).ToHaveCountAsync(0);
    }
}
