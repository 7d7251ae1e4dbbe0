using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.IntegrationTests.Features.Talks;
using MemberHub.IntegrationTests.Infrastructure;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Introductions;
using MemberHub.Web.Features.Community.Seasons;
using MemberHub.Web.Features.Dashboard.Seasons;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Community;

/// <summary>Seasons on a clock the tests move: an ended season's threads and introductions become a read-only archive.</summary>
public class SeasonTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private SeasonService Seasons => factory.Services.GetRequiredService<SeasonService>();

    private DateTime Today => factory.Clock.GetUtcNow().UtcDateTime.Date;

    /// <summary>A season running now (yesterday to the day after tomorrow); each test first moves on, so seasons never overlap.</summary>
    private async Task<int> SeasonNowAsync(bool openToLater = true, string name = "Spring cohort")
    {
        factory.Clock.Advance(TimeSpan.FromDays(5));
        var saved = await Seasons.SaveAsync((await factory.OwnerAsync()).Id, new SeasonInput
        {
            NameEn = name, NameZh = "第 3 期", StartsOn = Today.AddDays(-1), EndsOn = Today.AddDays(2), ArchiveOpenToLaterMembers = openToLater,
        });
        Assert.True(saved.Succeeded, saved.Error);
        return saved.Value;
    }

    private void EndSeason() => factory.Clock.Advance(TimeSpan.FromDays(3));

    private static Dictionary<string, string> Act(string act, params (string Key, string Value)[] fields)
    {
        var form = new Dictionary<string, string> { ["Input.Act"] = act };
        foreach (var (key, value) in fields)
        {
            form[key] = value;
        }
        return form;
    }

    [Fact]
    public async Task An_ended_seasons_thread_is_read_only_over_http_and_in_every_command()
    {
        await SeasonNowAsync();
        var member = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var question = await factory.AskAsync(member.Id);
        var answer = await factory.AnswerAsync(expert.Id, question);
        var waiting = await factory.AskAsync(member.Id);
        EndSeason();

        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);
        var page = await client.GetAsync($"/questions/{question}");
        var posted = await client.SubmitAsync($"/questions/{question}", "thread", Act("answer", ("Input.Answer", "A late thought on yearly plans.")));

        Assert.NotNull(page.Find("[data-testid=archived]"));
        Assert.Null(page.Find("#answer-body"));
        Assert.Null(page.Find("#edit-question"));
        Assert.Null(page.Find("[data-testid=accept-answer]"));
        Assert.Contains("read-only", posted.Find("[data-testid=flash]")!.TextContent);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<Answer>().CountAsync(a => a.QuestionId == question)));
        var refusals = new[]
        {
            (await factory.Answers().AnswerAsync(member.Id, question, "Another answer")).Error,
            (await factory.Answers().AcceptAsync(member.Id, answer)).Error,
            (await factory.Answers().EditAsync(expert.Id, answer, "Edited after the season")).Error,
            (await factory.Answers().SummarizeAsync(expert.Id, question, "A summary after the season")).Error,
            (await factory.Comments().CommentAsync(member.Id, answer, "A comment after the season")).Error,
            (await factory.Votes().ToggleAsync(member.Id, PostKinds.Answer, answer)).Error,
            (await factory.Questions().DeleteAsync(member.Id, question)).Error,
            (await factory.Queue().ClaimAsync(expert.Id, waiting)).Error,
        };
        Assert.All(refusals, error => Assert.Contains("archive of Spring cohort", error));
        Assert.DoesNotContain(await factory.Queue().WaitingAsync(expert.Id) ?? [], q => q.Id == waiting);

        // A thread asked after the season is as open as ever.
        var fresh = await factory.AskAsync(member.Id);
        Assert.True((await factory.Answers().AnswerAsync(expert.Id, fresh, "Answered in the new season.")).Succeeded);
    }

    [Fact]
    public async Task An_archive_kept_for_its_own_members_is_closed_to_later_members_and_open_to_its_own()
    {
        await SeasonNowAsync(openToLater: false, name: "Closed cohort");
        var early = await factory.MemberAsync();
        var question = await factory.AskAsync(early.Id);
        EndSeason();
        var later = await factory.MemberAsync();

        using var laterClient = factory.CreateTestClient();
        await laterClient.LogInAsync(later.Email!, MemberHubFactory.Password);
        var closed = await laterClient.GetAsync($"/questions/{question}");

        Assert.Contains("Closed cohort", closed.Find("[data-testid=archive-closed]")!.TextContent);
        Assert.Null(await factory.Reader().ThreadAsync(later.Id, question));
        Assert.NotNull(await factory.Reader().ThreadAsync(early.Id, question));
        Assert.NotNull(await factory.Reader().ThreadAsync((await factory.OwnerAsync()).Id, question));
        // The board list (and its search) leave the thread out for them too; its own members still find it.
        Assert.DoesNotContain((await factory.Reader().ListAsync(later.Id, new QuestionFilter())).Items, q => q.Id == question);
        Assert.Contains((await factory.Reader().ListAsync(early.Id, new QuestionFilter())).Items, q => q.Id == question);
        Assert.Empty(await factory.Reader().OpenAsync(later.Id, [question]));
        var introductions = factory.Services.GetRequiredService<IntroductionService>();
        Assert.DoesNotContain(await introductions.FeedAsync(later.Id), i => i.AuthorId == early.Id);
        Assert.Contains(await introductions.FeedAsync(early.Id), i => i.AuthorId == early.Id);
    }

    [Fact]
    public async Task Introductions_of_an_ended_season_take_no_replies_or_welcomes()
    {
        await SeasonNowAsync(name: "Intro cohort");
        var introduced = await factory.MemberAsync();
        var introduction = await factory.IntroductionOfAsync(introduced.Id);
        EndSeason();
        var other = await factory.MemberAsync();
        var introductions = factory.Services.GetRequiredService<IntroductionService>();

        var reply = await introductions.ReplyAsync(other.Id, introduction, "Welcome aboard!");
        var welcome = await introductions.WelcomeAsync(other.Id, introduction);

        Assert.Contains("archive of Intro cohort", reply.Error);
        Assert.Contains("archive of Intro cohort", welcome.Error);
    }

    [Fact]
    public async Task A_talk_held_in_an_ended_season_is_archived_for_its_host_too()
    {
        await SeasonNowAsync(name: "Talk cohort");
        var talk = await factory.TalkAsync(TimeSpan.FromHours(2));
        var input = await factory.InputAsync(TimeSpan.FromHours(2));
        EndSeason();
        var owner = (await factory.OwnerAsync()).Id;

        var replay = await factory.Schedule().PublishReplayAsync(owner, talk, "https://video.example/replay", "Notes after the season");
        var edit = await factory.Schedule().SaveAsync(owner, talk, input);

        Assert.Contains("archive of Talk cohort", replay.Error);
        Assert.Contains("archive of Talk cohort", edit.Error);
    }

    [Fact]
    public async Task Members_of_an_ended_season_are_invited_once_into_the_next_and_the_dashboard_compares_them()
    {
        await SeasonNowAsync(name: "First cohort");
        var member = await factory.MemberAsync();
        var next = await Seasons.SaveAsync((await factory.OwnerAsync()).Id, new SeasonInput
        {
            NameEn = "Second cohort", NameZh = "第 4 期", StartsOn = Today.AddDays(2), EndsOn = Today.AddDays(4),
        });
        Assert.True(next.Succeeded, next.Error);
        EndSeason();
        var invitations = factory.Services.GetRequiredService<SeasonInvitations>();

        await invitations.ScanAsync();
        await invitations.ScanAsync();
        await ActivatorUtilities.CreateInstance<SeasonInvitations>(factory.Services).ScanAsync();

        var invited = (await factory.NotificationsOfAsync(member.Id)).Where(n => n.Kind == NotificationKinds.NextSeason).ToList();
        Assert.Equal("Second cohort / 第 4 期", Assert.Single(invited).Subject);
        var report = (await factory.Services.GetRequiredService<SeasonReport>().ReadAsync((await factory.OwnerAsync()).Id)).Value!;
        var first = Assert.Single(report, s => s.Name == "First cohort");
        Assert.True(first.Members >= 1);
        Assert.NotNull(first.RenewalRate);
        Assert.True(first.Posts >= 1); // the member's introduction
        Assert.False((await factory.Services.GetRequiredService<SeasonReport>().ReadAsync(member.Id)).Succeeded);
    }

    [Fact]
    public async Task A_seasons_days_begin_at_midnight_in_the_communitys_time_zone()
    {
        var settings = factory.Services.GetRequiredService<CommunitySettingsService>();
        var owner = (await factory.OwnerAsync()).Id;
        var input = CommunitySettingsInput.From(await settings.GetAsync());
        input.DefaultTimeZone = "Asia/Shanghai";
        Assert.True((await settings.SaveAsync(owner, input)).Succeeded);
        try
        {
            var id = await SeasonNowAsync(name: "Beijing cohort");

            var season = (await Seasons.ListAsync()).Single(s => s.Id == id);
            Assert.Equal((Today.AddDays(-1).AddHours(-8), Today.AddDays(2).AddHours(-8)), (season.StartsAtUtc, season.EndsAtUtc));
            var edited = SeasonInput.From(season, await Seasons.ZoneAsync());
            Assert.Equal((Today.AddDays(-1), Today.AddDays(2)), (edited.StartsOn, edited.EndsOn));
        }
        finally
        {
            input.DefaultTimeZone = "UTC";
            await settings.SaveAsync(owner, input);
        }
    }

    [Fact]
    public async Task Only_the_owner_saves_seasons_which_may_not_overlap_or_move_once_ended()
    {
        var id = await SeasonNowAsync(name: "Fixed cohort");
        var owner = (await factory.OwnerAsync()).Id;
        var member = await factory.MemberAsync();
        var overlapping = new SeasonInput { NameEn = "Overlap", NameZh = "重叠", StartsOn = Today, EndsOn = Today.AddDays(10) };

        Assert.False((await Seasons.SaveAsync(member.Id, overlapping)).Succeeded);
        Assert.Equal(nameof(SeasonInput.StartsOn), (await Seasons.SaveAsync(owner, overlapping)).Field);
        EndSeason();
        var season = (await Seasons.ListAsync()).Single(s => s.Id == id);
        var moved = SeasonInput.From(season, "UTC");
        moved.EndsOn = season.EndsAtUtc.AddDays(5);
        Assert.Contains("has ended", (await Seasons.SaveAsync(owner, moved)).Error);
        var renamed = SeasonInput.From(season, "UTC");
        renamed.NameEn = "Fixed cohort (2027)";
        Assert.True((await Seasons.SaveAsync(owner, renamed)).Succeeded);
    }
}
