using MemberHub.BrowserTests.Infrastructure;
using MemberHub.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MemberHub.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class LearningJourneyTests(Browser browser, AppServer app)
{
    private const string Track = "growing-a-community";
    private static readonly string[] Beginner = ["why-paid-entry", "rules-that-stick", "the-first-day"];
    private static readonly string[] Intermediate = ["seed-members", "resident-experts", "staged-content"];

    [Fact]
    public async Task A_new_member_finishes_the_beginner_stage_and_sees_intermediate_unlock()
    {
        var learner = await app.MemberAsync("Lena Learner", introduce: true);
        var page = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(page).LogInAsync(learner.Email!, CommunityData.Password);
        var map = new TrackMapPage(page);

        await map.OpenAsync(Track);
        foreach (var slug in Beginner)
        {
            await Expect(map.Lesson(slug)).ToHaveAttributeAsync("data-state", "available");
        }
        await Expect(map.Lesson("seed-members")).ToHaveAttributeAsync("data-state", "locked");
        await Expect(map.Lesson("reading-the-numbers")).ToHaveAttributeAsync("data-state", "locked");
        await Expect(map.Lesson("reading-the-numbers")).ToContainTextAsync("Finish Intermediate first");
        await Expect(map.Lesson("grow-without-diluting")).ToContainTextAsync("Unlocks in 14 days");
        await Browser.ScreenshotAsync(page, "learning-map-new-member");

        // A direct link to a locked lesson shows the reason, not the lesson.
        var lesson = new LessonPage(page);
        await lesson.OpenAsync(Track, "reading-the-numbers");
        await Expect(page.Locator("[data-testid=lesson-locked]")).ToContainTextAsync("Finish Intermediate first");
        await Expect(lesson.Body).ToHaveCountAsync(0);

        foreach (var slug in Beginner)
        {
            await lesson.OpenAsync(Track, slug);
            await Expect(lesson.Body).Not.ToBeEmptyAsync();
            await lesson.MarkDoneAsync();
        }
        await Expect(lesson.Unlocked).ToContainTextAsync("You finished Beginner!");
        await Expect(lesson.Unlocked).ToContainTextAsync("Seed members and the first questions");
        await Browser.ScreenshotAsync(page, "learning-stage-finished");

        await map.OpenAsync(Track);
        foreach (var slug in Beginner)
        {
            await Expect(map.Lesson(slug)).ToHaveAttributeAsync("data-state", "done");
        }
        foreach (var slug in Intermediate)
        {
            await Expect(map.Lesson(slug)).ToHaveAttributeAsync("data-state", "available");
        }
        await Expect(map.Stage("beginner").Locator("[data-testid=stage-progress]")).ToHaveTextAsync("3 of 3 done");
        await Expect(map.Lesson("reading-the-numbers")).ToHaveAttributeAsync("data-state", "locked");
    }
}
