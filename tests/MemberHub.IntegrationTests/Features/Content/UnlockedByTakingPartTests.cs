using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.IntegrationTests.Features.Talks;
using MemberHub.Web.Features.Content.Learning;
using MemberHub.Web.Features.Content.Owner;
using MemberHub.Web.Features.Content.Tracks;
using MemberHub.Web.Features.Talks.Schedule;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Content;

/// <summary>Lessons unlocked by taking part: the rules are checked on the server and the page says what is missing, with a link.</summary>
public class UnlockedByTakingPartTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const string Body = "UNLOCKED-BY-TAKING-PART";

    private LearningService Learning => factory.Services.GetRequiredService<LearningService>();

    /// <summary>A published track whose one lesson asks for <paramref name="acts"/> (and <paramref name="days"/> days taken part).</summary>
    private async Task<(Track Track, Lesson Lesson)> TrackAskingAsync(int days, params string[] acts)
    {
        var owner = (await factory.OwnerAsync()).Id;
        var editor = factory.Editor();
        var trackId = (await editor.SaveTrackAsync(owner, new TrackInput { Slug = "acts-" + Guid.NewGuid().ToString("N")[..8], TitleEn = "Acts" })).Value;
        Assert.True((await editor.SetTrackPublishedAsync(owner, trackId, true)).Succeeded);
        var stage = (await factory.TrackAsync(trackId)).Stages.Single(s => s.Key == "beginner").Id;
        var saved = await editor.SaveLessonAsync(owner, new LessonInput
        {
            TrackId = trackId, StageId = stage, Slug = "after-taking-part", TitleEn = "After taking part", BodyMarkdownEn = Body,
            RequiredActs = acts, RequiredDays = days, IsPublished = true,
        });
        Assert.True(saved.Succeeded, saved.Error);
        var track = await factory.TrackAsync(trackId);
        return (track, track.Lessons.Single());
    }

    private async Task<int> SeriesTalkAsync()
    {
        var input = await factory.InputAsync(TimeSpan.FromMinutes(5));
        input.RepeatWeeks = 2;
        var saved = await factory.Schedule().SaveAsync((await factory.OwnerAsync()).Id, null, input);
        Assert.True(saved.Succeeded, saved.Error);
        return saved.Value;
    }

    [Fact]
    public async Task A_learner_unlocks_a_lesson_by_attending_a_talk_of_the_series_and_the_page_said_what_was_missing()
    {
        var talk = await SeriesTalkAsync();
        var series = await factory.QueryAsync(db => db.Set<Talk>().Where(t => t.Id == talk).Select(t => t.SeriesId!.Value).SingleAsync());
        var (track, lesson) = await TrackAskingAsync(0, $"talk:{series}");
        var member = await factory.MemberAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);
        var url = $"/learn/{track.Slug}/{lesson.Slug}";

        var before = await client.GetAsync(url);
        await factory.RsvpAsync(member.Id, talk);
        var joined = await factory.Rsvps().JoinAsync(member.Id, talk);
        var after = await client.GetAsync(url);

        Assert.DoesNotContain(Body, before.Html);
        var missing = before.Find("[data-testid=still-to-do] li")!;
        Assert.Equal("Attend a talk of “Pricing a yearly plan” first.", missing.FirstChild!.TextContent.Trim());
        Assert.Equal("/talks", before.Find("[data-testid=still-to-do-link]")!.GetAttribute("href"));
        Assert.True(joined.Succeeded, joined.Error);
        Assert.Contains(Body, after.Find(".lesson-body")!.TextContent);
        Assert.True((await Learning.MarkDoneAsync(member.Id, lesson.Id)).Succeeded);
    }

    [Fact]
    public async Task Marking_a_lesson_done_is_refused_while_its_acts_are_missing()
    {
        var (_, lesson) = await TrackAskingAsync(0, "asked");
        var member = await factory.MemberAsync();

        var refused = await Learning.MarkDoneAsync(member.Id, lesson.Id);
        await factory.AskAsync(member.Id);
        var allowed = await Learning.MarkDoneAsync(member.Id, lesson.Id);

        Assert.False(refused.Succeeded);
        Assert.True(allowed.Succeeded, allowed.Error);
    }

    [Fact]
    public async Task Every_missing_act_is_named_and_days_count_the_days_a_member_took_part()
    {
        var (track, lesson) = await TrackAskingAsync(2, "introduced", "accepted");
        // Introducing oneself is taking part on one day; asking a question the next day makes two.
        var member = await factory.MemberAsync();

        var first = await Learning.ReadAsync(member.Id, track.Slug, lesson.Slug);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.AskAsync(member.Id);
        var second = await Learning.ReadAsync(member.Id, track.Slug, lesson.Slug);

        Assert.Equal([CommunityAct.AnswerAccepted, CommunityAct.DaysActive], first!.StillToDo.Select(l => l.Act!.Act));
        Assert.Equal([CommunityAct.AnswerAccepted], second!.StillToDo.Select(l => l.Act!.Act));
        Assert.Equal(LessonState.Locked, second.Lesson.State);
    }

    [Fact]
    public async Task The_editor_keeps_the_acts_a_lesson_asks_for_and_refuses_a_series_that_does_not_exist()
    {
        var (track, lesson) = await TrackAskingAsync(5, "introduced", "talk");
        var input = LessonInput.From(lesson);
        var owner = (await factory.OwnerAsync()).Id;
        input.RequiredActs = ["talk:999999"];

        var refused = await factory.Editor().SaveLessonAsync(owner, input);

        Assert.Equal(["introduced", "talk"], LessonInput.From(lesson).RequiredActs.Order());
        Assert.Equal(5, LessonInput.From(lesson).RequiredDays);
        Assert.False(refused.Succeeded);
        Assert.Equal(nameof(LessonInput.RequiredActs), refused.Field);
        Assert.Equal(3, (await factory.TrackAsync(track.Id)).Lessons.Single().Prerequisites.Count);
    }
}
