using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Talks;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Questions;

/// <summary>The board's pages and each reader's votes are kept between two changes; every change shows on the next read.</summary>
public class KeptBoardReadsTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_page_read_before_a_question_is_asked_voted_on_or_hidden_shows_the_change_at_once()
    {
        var tag = await factory.TagAsync();
        var asker = await factory.MemberAsync();
        var reader = await factory.MemberAsync();
        var first = await factory.AskAsync(asker.Id, Board.Input("Where do members come from?", tags: tag));
        var filter = new QuestionFilter(Tag: (await factory.Tags().ListAsync()).Single(t => t.Id == tag).Slug);
        Assert.Equal([first], await ListedAsync(reader.Id, filter));

        var second = await factory.AskAsync(asker.Id, Board.Input("How long should a trial last?", tags: tag));
        Assert.Equal([second, first], await ListedAsync(reader.Id, filter));

        Assert.True((await factory.Votes().ToggleAsync(reader.Id, PostKinds.Question, first)).Succeeded);
        Assert.Equal(1, (await factory.Reader().ListAsync(reader.Id, filter)).Items.Single(q => q.Id == first).Score);

        var moderator = await factory.ModeratorAsync();
        Assert.True((await factory.Services.GetRequiredService<ModerationService>().HideAsync(moderator.Id, PostKinds.Question, second, "Off topic")).Succeeded);
        Assert.Equal([first], await ListedAsync(reader.Id, filter));
    }

    [Fact]
    public async Task Raising_a_talks_tier_takes_its_questions_off_the_lists_of_members_below_it_at_once()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(3));
        var asker = await factory.MemberAsync();
        var input = Board.Input("What will the guest cover first?");
        input.TalkId = talk;
        var asked = await factory.AskAsync(asker.Id, input);
        Assert.Contains(asked, await ListedAsync(asker.Id, new QuestionFilter()));

        var raised = await factory.InputAsync(TimeSpan.FromDays(3), minimumRank: 1_000);
        Assert.True((await factory.Schedule().SaveAsync((await factory.OwnerAsync()).Id, talk, raised)).Succeeded);

        Assert.DoesNotContain(asked, await ListedAsync(asker.Id, new QuestionFilter()));
        Assert.Contains(asked, await ListedAsync((await factory.ModeratorAsync()).Id, new QuestionFilter()));
    }

    [Fact]
    public async Task My_questions_are_the_readers_own_and_a_visitor_has_none()
    {
        var asker = await factory.MemberAsync();
        var other = await factory.MemberAsync();
        var mine = await factory.AskAsync(asker.Id, Board.Input("How do I welcome a new member?"));
        await factory.AskAsync(other.Id, Board.Input("How do I end a season well?"));

        Assert.Equal([mine], await ListedAsync(asker.Id, new QuestionFilter(Mine: true)));
        Assert.Empty(await ListedAsync(null, new QuestionFilter(Mine: true)));
    }

    [Fact]
    public async Task A_thread_read_before_the_reader_votes_shows_their_vote_at_once()
    {
        var asker = await factory.MemberAsync();
        var reader = await factory.MemberAsync();
        var question = await factory.AskAsync(asker.Id, Board.Input("What makes a good first lesson?"));
        var answer = await factory.AnswerAsync((await factory.ExpertAsync()).Id, question);
        Assert.False((await factory.Reader().ThreadAsync(reader.Id, question))!.Answers.Single().VotedByViewer);

        Assert.True((await factory.Votes().ToggleAsync(reader.Id, PostKinds.Answer, answer)).Succeeded);
        Assert.True((await factory.Reader().ThreadAsync(reader.Id, question))!.Answers.Single().VotedByViewer);
        Assert.False((await factory.Reader().ThreadAsync(asker.Id, question))!.Answers.Single().VotedByViewer);

        Assert.True((await factory.Votes().ToggleAsync(reader.Id, PostKinds.Answer, answer)).Succeeded);
        Assert.False((await factory.Reader().ThreadAsync(reader.Id, question))!.Answers.Single().VotedByViewer);
    }

    private async Task<List<int>> ListedAsync(string? viewerId, QuestionFilter filter) =>
        [.. (await factory.Reader().ListAsync(viewerId, filter)).Items.Select(q => q.Id)];
}
