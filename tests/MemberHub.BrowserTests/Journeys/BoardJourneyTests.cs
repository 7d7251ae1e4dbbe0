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
}
