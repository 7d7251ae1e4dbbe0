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

    [Fact]
    public async Task A_learner_unlocks_a_lesson_by_attending_a_talk_of_its_series()
    {
        var (series, talk) = await app.SeriesTalkAsync("Office hours: pricing");
        var track = await app.TrackAskingAsync("after-the-talk", "What we learned at office hours.", $"talk:{series}");
        var learner = await app.MemberAsync("Theo Talkgoer", introduce: true);
        var page = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(page).LogInAsync(learner.Email!, CommunityData.Password);
        var lesson = new LessonPage(page);

        // Locked, saying what is missing in the learner's words, with the way to do it.
        await lesson.OpenAsync(track, "after-the-talk");
        await Expect(lesson.Body).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=still-to-do]")).ToContainTextAsync("Attend a talk of “Office hours: pricing” first.");
        await Browser.ScreenshotAsync(page, "lesson-waits-for-a-talk");
        await page.ClickAsync("[data-testid=still-to-do-link]");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/talks$"));

        await page.GotoAsync($"/talks/{talk}");
        await new Shell(page).WaitUntilReadyAsync();
        await page.ClickAsync("#rsvp");
        await Expect(page.Locator("[data-testid=rsvp-status]")).ToHaveAttributeAsync("data-status", "seated");
        // Joining through the talk's link is what counts as attending (the meeting itself is elsewhere).
        var meeting = await page.RunAndWaitForPopupAsync(() => page.ClickAsync("#join"));
        await app.AttendanceRecordedAsync(talk, learner.Id);
        await meeting.CloseAsync();

        await lesson.OpenAsync(track, "after-the-talk");
        await Expect(lesson.Body).ToContainTextAsync("What we learned at office hours.");
        await Browser.ScreenshotAsync(page, "lesson-opened-by-a-talk");
    }
}
