using MemberHub.IntegrationTests.Features.Community;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Content.Tracks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Content;

/// <summary>Reading pages are rendered statically: no circuit to start, and their one action is a plain form post.</summary>
public class StaticReadingTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private const string InteractiveMarker = "\"type\":\"server\"";

    [Fact]
    public async Task A_member_reads_home_learning_talks_and_the_directory_without_any_interactive_component()
    {
        var track = await factory.LockedTrackAsync();
        var member = await factory.MemberAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        foreach (var url in new[] { "/", "/learn", $"/learn/{track.Track.Slug}", $"/learn/{track.Track.Slug}/{track.Open.Slug}", "/talks", "/members/directory", $"/members/{member.Id}" })
        {
            var page = await client.GetAsync(url);
            Assert.True(page.Status == System.Net.HttpStatusCode.OK, url);
            Assert.Equal("static", page.Find(".mud-appbar")!.GetAttribute("data-render"));
            Assert.DoesNotContain(InteractiveMarker, page.Html);
            Assert.Equal("/notifications/unread/stream", page.Find("#notification-bell")!.GetAttribute("data-unread-stream"));
        }
    }

    [Fact]
    public async Task The_menu_marks_the_entry_of_the_page_being_read_and_no_other()
    {
        var track = await factory.LockedTrackAsync();
        var member = await factory.MemberAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        foreach (var (url, entry) in new[] { ("/", "/"), ($"/learn/{track.Track.Slug}/{track.Open.Slug}", "/learn"), ("/talks?past=true", "/talks"),
            ("/members/directory", "/members/directory"), ("/members", "/members") })
        {
            var current = (await client.GetAsync(url)).Document.QuerySelectorAll("nav.mud-navmenu a[aria-current=page]");

            Assert.Equal(entry, Assert.Single(current).GetAttribute("href"));
        }
    }

    [Fact]
    public async Task The_question_list_is_static_but_for_one_island_that_follows_the_board_for_members_and_none_for_visitors()
    {
        var member = await factory.MemberAsync();
        using var visitor = factory.CreateTestClient();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        var page = await client.GetAsync("/questions");
        var visitorPage = await visitor.GetAsync("/questions");

        Assert.Equal("static", page.Find(".mud-appbar")!.GetAttribute("data-render"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page.Html, System.Text.RegularExpressions.Regex.Escape(InteractiveMarker)));
        Assert.DoesNotContain(InteractiveMarker, visitorPage.Html);
        Assert.Equal("get", page.Find("[data-testid=filters]")!.GetAttribute("method"));
        Assert.NotNull(page.Find("#filter-mine"));
        Assert.Null(visitorPage.Find("#filter-mine"));
    }

    [Fact]
    public async Task Marking_a_lesson_done_is_a_form_post_answered_with_the_finished_lesson()
    {
        var track = await factory.LockedTrackAsync();
        var member = await factory.MemberAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);
        var url = $"/learn/{track.Track.Slug}/{track.Open.Slug}";

        var done = await client.SubmitAsync(url, "mark-done", new Dictionary<string, string>());
        var again = await client.GetAsync(url);

        Assert.NotNull(done.Find("[data-testid=lesson-done]"));
        Assert.Contains("Lesson marked as done.", done.Find("[data-testid=unlocked]")!.TextContent);
        Assert.NotNull(again.Find("[data-testid=lesson-done]"));
        Assert.Null(again.Find("#mark-done"));
    }

    [Fact]
    public async Task A_member_banned_after_opening_a_lesson_cannot_mark_it_done_and_sees_why()
    {
        var track = await factory.LockedTrackAsync();
        var member = await factory.MemberAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);
        var url = $"/learn/{track.Track.Slug}/{track.Open.Slug}";
        var lesson = await client.GetAsync(url);

        await factory.Services.GetRequiredService<ModerationService>().BanAsync((await factory.OwnerAsync()).Id, member.Id, "Abuse", cancelSubscriptionNow: true);
        var refused = await lesson.SubmitAsync(client, "mark-done", new Dictionary<string, string>());

        Assert.Equal(System.Net.HttpStatusCode.OK, refused.Status);
        Assert.Contains("banned", refused.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Null(refused.Find("[data-testid=lesson-done]"));
        Assert.Null(refused.Find(".lesson-body"));
    }

    [Fact]
    public async Task Re_reading_the_last_lesson_writes_nothing_but_coming_back_from_another_lesson_is_recorded()
    {
        var track = await factory.LockedTrackAsync();
        var member = await factory.MemberAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);
        var open = $"/learn/{track.Track.Slug}/{track.Open.Slug}";
        await client.SubmitAsync(open, "mark-done", new Dictionary<string, string>());
        var first = await OpenedAtAsync(member.Id, track.Open.Id);

        await Task.Delay(20);
        await client.GetAsync(open);
        var reread = await OpenedAtAsync(member.Id, track.Open.Id);
        await client.GetAsync($"/learn/{track.Track.Slug}/{track.NeedsBeginner.Slug}");
        await Task.Delay(20);
        await client.GetAsync(open);
        var back = await OpenedAtAsync(member.Id, track.Open.Id);

        Assert.Equal(first, reread);
        Assert.NotNull(await OpenedAtAsync(member.Id, track.NeedsBeginner.Id));
        Assert.True(back > first, "coming back to a lesson after another one is recorded");
    }

    private async Task<DateTime?> OpenedAtAsync(string userId, int lessonId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Set<LessonProgress>().Where(p => p.UserId == userId && p.LessonId == lessonId)
            .Select(p => (DateTime?)p.LastOpenedAtUtc).SingleOrDefaultAsync();
    }
}
