using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.IntegrationTests.Features.Questions;

/// <summary>asked → discussed → answered → summarised → resolved, through the services the pages call.</summary>
public class QuestionLifecycleTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task First_expert_answer_marks_the_question_answered_and_records_the_wait()
    {
        var asker = await factory.MemberAsync();
        var peer = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var id = await factory.AskAsync(asker.Id);

        await factory.AnswerAsync(peer.Id, id, "I had the same problem; following.");
        Assert.Equal(QuestionState.Open, (await factory.QuestionAsync(id)).State);

        factory.Clock.Advance(TimeSpan.FromMinutes(45));
        await factory.AnswerAsync(expert.Id, id, "Price the year at ten months.");
        var question = await factory.QuestionAsync(id);

        Assert.Equal(QuestionState.Answered, question.State);
        Assert.Equal(TimeSpan.FromMinutes(45), question.FirstExpertAnswerAtUtc - question.CreatedAtUtc);
        var thread = (await factory.Reader().ThreadAsync(asker.Id, id))!;
        Assert.True(thread.Answers[0].ByExpert, "expert answers are listed first");
        Assert.Equal(2, thread.Answers.Count);
    }

    [Fact]
    public async Task Asker_accepts_an_answer_the_question_is_resolved_and_the_answerer_is_credited_and_told()
    {
        var asker = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var id = await factory.AskAsync(asker.Id);
        var answer = await factory.AnswerAsync(expert.Id, id);

        var accepted = await factory.Answers().AcceptAsync(asker.Id, answer);

        Assert.True(accepted.Succeeded, accepted.Error);
        var question = await factory.QuestionAsync(id);
        Assert.Equal(QuestionState.Resolved, question.State);
        Assert.Equal(answer, question.AcceptedAnswerId);
        Assert.Contains(await factory.NotificationsOfAsync(expert.Id), n => n.Kind == NotificationKinds.AnswerAccepted);
        Assert.Contains(await factory.NotificationsOfAsync(asker.Id), n => n.Kind == NotificationKinds.QuestionAnswered);
        Assert.True(await factory.QueryAsync(db => db.Set<PointAward>().AnyAsync(p => p.UserId == expert.Id && p.Kind == PointKinds.AnswerAccepted)));
    }

    [Fact]
    public async Task A_member_cannot_accept_an_answer_on_someone_elses_question_and_nothing_changes()
    {
        var asker = await factory.MemberAsync();
        var other = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var id = await factory.AskAsync(asker.Id);
        var answer = await factory.AnswerAsync(expert.Id, id);

        var refused = await factory.Answers().AcceptAsync(other.Id, answer);

        Assert.False(refused.Succeeded);
        Assert.Equal("Only the asker or an expert can do that.", refused.Error);
        Assert.Equal(QuestionState.Answered, (await factory.QuestionAsync(id)).State);
    }

    [Fact]
    public async Task An_expert_summary_is_pinned_and_the_asker_marks_it_resolving()
    {
        var asker = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var id = await factory.AskAsync(asker.Id);

        var tooEarly = await factory.Answers().ResolveWithSummaryAsync(asker.Id, id);
        var notExpert = await factory.Answers().SummarizeAsync(asker.Id, id, "My own summary");
        Assert.True((await factory.Answers().SummarizeAsync(expert.Id, id, "**Summary:** ten months' price for a year.")).Succeeded);
        var resolved = await factory.Answers().ResolveWithSummaryAsync(asker.Id, id);

        Assert.Equal("There is no expert summary to resolve with yet.", tooEarly.Error);
        Assert.Equal("Only resident experts can do that.", notExpert.Error);
        Assert.True(resolved.Succeeded, resolved.Error);
        var thread = (await factory.Reader().ThreadAsync(asker.Id, id))!;
        Assert.Contains("<strong>Summary:</strong>", thread.Summary!.BodyHtml);
        Assert.Empty(thread.Answers);
        Assert.Equal(QuestionState.Resolved, thread.Question.State);
        Assert.Contains(await factory.NotificationsOfAsync(asker.Id), n => n.Kind == NotificationKinds.QuestionAnswered);
    }

    [Fact]
    public async Task Moderators_close_as_duplicate_with_a_link_and_a_closed_question_takes_no_answers()
    {
        var asker = await factory.MemberAsync();
        var moderator = await factory.ModeratorAsync();
        var original = await factory.AskAsync(asker.Id, Board.Input("What should a yearly plan cost?"));
        var copy = await factory.AskAsync(asker.Id);

        var byMember = await factory.Questions().CloseAsync(asker.Id, copy, QuestionState.Duplicate, original);
        var noOriginal = await factory.Questions().CloseAsync(moderator.Id, copy, QuestionState.Duplicate, 999_999);
        var closed = await factory.Questions().CloseAsync(moderator.Id, copy, QuestionState.Duplicate, original);
        var answer = await factory.Answers().AnswerAsync((await factory.ExpertAsync()).Id, copy, "Late answer");

        Assert.Equal("Only moderators can do that.", byMember.Error);
        Assert.Equal("DuplicateOf", noOriginal.Field);
        Assert.True(closed.Succeeded, closed.Error);
        Assert.Equal("This question is closed; it takes no more answers.", answer.Error);
        var thread = (await factory.Reader().ThreadAsync(asker.Id, copy))!;
        Assert.Equal(QuestionState.Duplicate, thread.Question.State);
        Assert.Equal(original, thread.Question.DuplicateOfId);
        Assert.Equal("What should a yearly plan cost?", thread.Question.DuplicateOfTitle);
    }

    [Fact]
    public async Task One_upvote_per_member_per_post_never_on_ones_own_and_voting_again_takes_it_back()
    {
        var asker = await factory.MemberAsync();
        var voter = await factory.MemberAsync();
        var id = await factory.AskAsync(asker.Id);

        var own = await factory.Votes().ToggleAsync(asker.Id, PostKinds.Question, id);
        var first = await factory.Votes().ToggleAsync(voter.Id, PostKinds.Question, id);
        Assert.Equal(1, (await factory.QuestionAsync(id)).Score);
        var again = await factory.Votes().ToggleAsync(voter.Id, PostKinds.Question, id);

        Assert.Equal("You cannot vote on your own post.", own.Error);
        Assert.True(first.Value);
        Assert.False(again.Value);
        Assert.Equal(0, (await factory.QuestionAsync(id)).Score);
        // The upvote's points went with it.
        Assert.False(await factory.QueryAsync(db => db.Set<PointAward>().AnyAsync(p => p.UserId == asker.Id && p.Kind == PointKinds.UpvoteReceived)));
    }

    [Fact]
    public async Task Edits_keep_history_for_moderators_and_a_deleted_question_leaves_the_list()
    {
        var asker = await factory.MemberAsync();
        var moderator = await factory.ModeratorAsync();
        var id = await factory.AskAsync(asker.Id, Board.Input("Original title about pricing plans"));

        var edited = await factory.Questions().EditAsync(asker.Id, id, Board.Input("Better title about pricing plans"));
        var byOther = await factory.Questions().EditAsync((await factory.MemberAsync()).Id, id, Board.Input("Hijacked"));

        Assert.True(edited.Succeeded, edited.Error);
        Assert.False(byOther.Succeeded);
        var history = await factory.Reader().HistoryAsync(moderator.Id, PostKinds.Question, id);
        Assert.Equal("Original title about pricing plans", Assert.Single(history!).PreviousTitle);
        Assert.Null(await factory.Reader().HistoryAsync(asker.Id, PostKinds.Question, id));

        Assert.True((await factory.Questions().DeleteAsync(asker.Id, id)).Succeeded);
        var list = await factory.Reader().ListAsync(asker.Id, new QuestionFilter(Mine: true));
        Assert.DoesNotContain(list.Items, q => q.Id == id);
        Assert.DoesNotContain(await factory.Search().SearchAsync("Better title about pricing", 10), h => h.QuestionId == id);
    }

    [Fact]
    public async Task Authors_edit_their_comments_with_history_and_others_cannot()
    {
        var asker = await factory.MemberAsync();
        var commenter = await factory.MemberAsync();
        var moderator = await factory.ModeratorAsync();
        var id = await factory.AskAsync(asker.Id);
        var answer = await factory.AnswerAsync((await factory.ExpertAsync()).Id, id);
        var comment = (await factory.Comments().CommentAsync(commenter.Id, answer, "Does this work for yearly plans?")).Value;

        var byOther = await factory.Comments().EditCommentAsync(asker.Id, comment, "Hijacked");
        var edited = await factory.Comments().EditCommentAsync(commenter.Id, comment, "Does this also work for **yearly** plans?");

        Assert.Equal("Only the author or a moderator can do that.", byOther.Error);
        Assert.True(edited.Succeeded, edited.Error);
        var shown = (await factory.Reader().ThreadAsync(asker.Id, id))!.Answers.Single().Comments.Single();
        Assert.Contains("<strong>yearly</strong>", shown.BodyHtml);
        Assert.Equal("Does this work for yearly plans?", Assert.Single((await factory.Reader().HistoryAsync(moderator.Id, PostKinds.Comment, comment))!).PreviousBody);
    }
}
