using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.IntegrationTests.Features.Talks;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Talks.SpeakerQuestions;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Security;

/// <summary>Speaker questions keep their talk's tier on the board, and are moderated like every other post.</summary>
public class SpeakerQuestionAccessTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    /// <summary>A member on a new tier whose rank is free and between <paramref name="lowest"/> and <paramref name="highest"/>.</summary>
    private async Task<(ApplicationUser Member, int Rank)> MemberOnRankAsync(int lowest, int highest)
    {
        var member = await factory.CreateUserAsync();
        var used = (await factory.Services.GetRequiredService<Web.Features.Memberships.Tiers.TierService>().ListAsync(includeArchived: false))
            .Select(t => t.Tier.Rank).ToHashSet();
        var rank = Enumerable.Range(lowest, highest - lowest + 1).First(r => !used.Contains(r));
        var tier = await factory.CreateTierAsync("Rank " + rank + " " + Guid.NewGuid().ToString("N")[..4], rank: rank);
        var granted = await factory.Services.GetRequiredService<MembershipAdminService>()
            .GrantComplimentaryAsync((await factory.OwnerAsync()).Id, member.Id, tier.Id, DateTime.UtcNow.AddDays(60));
        Assert.True(granted.Succeeded, granted.Error);
        return (member, rank);
    }

    [Fact]
    public async Task A_question_moved_from_a_higher_tier_talk_stays_with_that_tier()
    {
        var (inner, rank) = await MemberOnRankAsync(950, 1000);
        var (outer, _) = await MemberOnRankAsync(1, 949);
        var talk = await factory.TalkAsync(TimeSpan.FromMinutes(30), minimumRank: rank);
        var text = "Inner circle only: how do you price " + Guid.NewGuid().ToString("N")[..6] + "?";
        await factory.Services.GetRequiredService<Web.Features.Community.Ritual.JoiningRitual>().AcceptRulesAsync(inner.Id,
            (await factory.Services.GetRequiredService<Web.Features.Community.CommunitySettingsService>().GetAsync()).RulesVersion);
        await factory.Introductions().IntroduceAsync(inner.Id, "Hello, I am an inner circle member who teaches tea.");
        Assert.True((await factory.SpeakerQuestions().AskAsync(inner.Id, talk, text)).Succeeded);
        factory.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(1, (await factory.SpeakerQuestions().MoveUnansweredToBoardAsync((await factory.OwnerAsync()).Id, talk)).Value);
        var boardId = (await factory.SpeakerQuestions().ListAsync(inner.Id, talk)).Single().BoardQuestionId!.Value;
        var reader = factory.Reader();

        Assert.Contains((await reader.ListAsync(inner.Id, new QuestionFilter(null, null, null, false, QuestionSort.Newest, 0))).Items, q => q.Id == boardId);
        Assert.DoesNotContain((await reader.ListAsync(outer.Id, new QuestionFilter(null, null, null, false, QuestionSort.Newest, 0))).Items, q => q.Id == boardId);
        Assert.DoesNotContain((await reader.ListAsync(null, new QuestionFilter(null, null, null, false, QuestionSort.Newest, 0))).Items, q => q.Id == boardId);
        Assert.NotNull(await reader.ThreadAsync(inner.Id, boardId));
        Assert.Null(await reader.ThreadAsync(outer.Id, boardId));
        Assert.Null(await reader.TitleAsync(boardId));
        using var client = factory.CreateTestClient();
        await client.LogInAsync(outer.Email!, MemberHubFactory.Password);
        var search = await client.GetAsync("/questions?q=" + Uri.EscapeDataString(text.Split(' ')[^1].TrimEnd('?')));
        Assert.DoesNotContain("Inner circle only", search.Text);
    }

    [Fact]
    public async Task A_speaker_question_can_be_reported_and_hidden_like_any_post()
    {
        var asker = await factory.MemberAsync();
        var reporter = await factory.MemberAsync();
        var talk = await factory.TalkAsync(TimeSpan.FromMinutes(30));
        var asked = await factory.SpeakerQuestions().AskAsync(asker.Id, talk, "Buy cheap followers at my shop");
        Assert.True(asked.Succeeded, asked.Error);

        var reported = await factory.Services.GetRequiredService<ReportService>()
            .ReportAsync(reporter.Id, SpeakerQuestionModeration.KindName, asked.Value, ReportReason.Advertising, null);
        var moderator = await factory.ModeratorAsync();
        var queue = await factory.Services.GetRequiredService<ModerationService>().QueueAsync(moderator.Id);
        var hidden = await factory.Services.GetRequiredService<ModerationService>().HideAsync(moderator.Id, SpeakerQuestionModeration.KindName, asked.Value, "Advertising");

        Assert.True(reported.Succeeded, reported.Error);
        Assert.Contains(queue.Value!, item => item.Content.Kind == SpeakerQuestionModeration.KindName && item.Content.Id == asked.Value);
        Assert.True(hidden.Succeeded, hidden.Error);
        Assert.DoesNotContain(await factory.SpeakerQuestions().ListAsync(reporter.Id, talk), q => q.Id == asked.Value);
        Assert.Contains(await factory.SpeakerQuestions().ListAsync(moderator.Id, talk), q => q.Id == asked.Value && q.IsHidden);
        Assert.False((await factory.SpeakerQuestions().VoteAsync(reporter.Id, asked.Value)).Succeeded);
    }
}
