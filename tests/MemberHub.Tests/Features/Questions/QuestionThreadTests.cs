using System.Globalization;
using MemberHub.Tests.Components;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.Tests.Features.Questions;

public class QuestionThreadTests : AppTestContext
{
    private static readonly DateTime At = new(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc);

    private static AnswerView Answer(int id, string author, bool expert = false, bool accepted = false, bool summary = false, params CommentView[] comments) =>
        new(id, author, author + " name", $"<p>answer {id}</p>", $"answer {id}", expert, summary, accepted, 0, false, At, null, false, false, comments);

    private static ThreadView Thread(BoardActor viewer, QuestionState state = QuestionState.Answered, AnswerView? summary = null, params AnswerView[] answers) =>
        new(new QuestionDetail(1, "asker", "Asker", "How do I price a year?", "<p>question body</p>", "question body", state, QuestionStage.Beginner,
                2, false, [new TagView(3, "pricing", "Pricing")], null, null, null, At, null, false, false),
            summary, answers, viewer);

    public QuestionThreadTests()
    {
        // The hide button's confirm goes to the moderation service (ModerationTests cover it); these tests stop at its form.
        Services.AddSingleton(new ModerationService(null!, null!, null!, null!, null!, null!, null!, Clock, null!));
    }

    private IRenderedComponent<QuestionThread> RenderThread(ThreadView thread, Action<ComponentParameterCollectionBuilder<QuestionThread>>? more = null)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        RenderProviders();
        return Render<QuestionThread>(p =>
        {
            p.Add(t => t.Thread, thread);
            more?.Invoke(p);
        });
    }

    [Fact]
    public void The_summary_is_pinned_above_the_answers_and_experts_and_the_accepted_answer_are_marked()
    {
        var thread = Thread(new BoardActor("reader", false, false), QuestionState.Resolved,
            Answer(9, "expert", expert: true, summary: true), Answer(5, "expert", expert: true, accepted: true), Answer(6, "member"));

        var cut = RenderThread(thread);

        var markup = cut.Markup;
        Assert.True(markup.IndexOf("data-testid=\"summary\"", StringComparison.Ordinal) < markup.IndexOf("data-testid=\"answer\"", StringComparison.Ordinal));
        var answers = cut.FindAll("[data-testid=answer]");
        Assert.Equal("5", answers[0].GetAttribute("data-answer"));
        Assert.NotNull(answers[0].QuerySelector("[data-testid=expert-badge]"));
        Assert.NotNull(answers[0].QuerySelector("[data-testid=accepted]"));
        Assert.Null(answers[1].QuerySelector("[data-testid=expert-badge]"));
        Assert.Equal("resolved", cut.Find("[data-testid=question-state]").GetAttribute("data-state"));
    }

    [Fact]
    public async Task The_asker_sees_accept_and_it_calls_back_with_the_answer()
    {
        var accepted = 0;
        var cut = RenderThread(Thread(new BoardActor("asker", false, false), QuestionState.Answered, null, Answer(5, "expert", expert: true)),
            p => p.Add(t => t.OnAccept, id => accepted = id));

        await cut.Find("[data-testid=accept-answer]").ClickAsync(new());

        Assert.Equal(5, accepted);
    }

    [Fact]
    public void Other_members_get_no_accept_button_and_cannot_vote_on_their_own_post()
    {
        var cut = RenderThread(Thread(new BoardActor("member", false, false), QuestionState.Answered, null, Answer(5, "member")));

        Assert.Empty(cut.FindAll("[data-testid=accept-answer]"));
        Assert.True(cut.Find("[data-testid=vote-answer] button").HasAttribute("disabled"));
        Assert.False(cut.Find("[data-testid=vote-question] button").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_refused_comment_shows_why_and_keeps_the_text()
    {
        var cut = RenderThread(Thread(new BoardActor("member", false, false), QuestionState.Answered, null, Answer(5, "expert", expert: true)),
            p => p.Add(t => t.OnComment, (_, _) => Task.FromResult<string?>("You are posting too fast.")));

        await cut.Find("[data-testid=add-comment]").ClickAsync(new());
        cut.Find("#comment-5").Input("Does this work for yearly plans?");
        await cut.Find("[data-testid=post-comment]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("You are posting too fast.", cut.Markup));
        Assert.Equal("Does this work for yearly plans?", cut.Find("#comment-5").GetAttribute("value"));
    }

    [Fact]
    public void A_closed_question_offers_no_comment_box()
    {
        var cut = RenderThread(Thread(new BoardActor("member", false, false), QuestionState.Duplicate, null, Answer(5, "expert", expert: true)),
            p => p.Add(t => t.MayPost, false));

        Assert.Empty(cut.FindAll("#comment-5"));
        Assert.Empty(cut.FindAll("[data-testid=add-comment]"));
        Assert.Empty(cut.FindAll("[data-testid=accept-answer]"));
    }

    [Fact]
    public async Task Moderators_hide_a_post_straight_from_the_thread_with_the_communitys_hide_button()
    {
        var asModerator = RenderThread(Thread(new BoardActor("moderator", false, true), QuestionState.Answered, null, Answer(5, "expert", expert: true)));
        var answer = asModerator.Find("[data-testid=answer]");

        await answer.QuerySelector("[data-testid=hide-post]")!.ClickAsync(new());

        // The same button as on introductions and talks: it asks for the reason the author is shown, then confirms.
        Assert.NotNull(asModerator.Find("[data-testid=answer] [data-testid=hide-post-form]"));
        Assert.NotNull(asModerator.Find("#hide-reason-answer-5"));
        Assert.Single(asModerator.FindAll("[data-testid=hide-post]"));
    }

    [Fact]
    public void Members_get_no_hide_button()
    {
        var asMember = RenderThread(Thread(new BoardActor("member", false, false), QuestionState.Answered, null, Answer(5, "expert", expert: true)));

        Assert.Empty(asMember.FindAll("[data-testid=hide-post]"));
    }

    [Fact]
    public async Task A_refused_comment_edit_keeps_the_new_text()
    {
        var comment = new CommentView(9, "member", "Member", "<p>old</p>", At, false, false, "old");
        var cut = RenderThread(Thread(new BoardActor("member", false, false), QuestionState.Answered, null, Answer(5, "expert", expert: true, comments: comment)),
            p => p.Add(t => t.OnEditComment, (_, _) => Task.FromResult<string?>("A comment needs some text.")));

        await cut.Find("[data-testid=edit-comment] button, button[data-testid=edit-comment]").ClickAsync(new());
        cut.Find("#edit-comment-9").Input("new text");
        await cut.Find("[data-testid=save-comment]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("A comment needs some text.", cut.Markup));
        Assert.Equal("new text", cut.Find("#edit-comment-9").GetAttribute("value"));
    }
}
