using System.Globalization;
using MemberHub.Tests.Components;
using MemberHub.Web.Components.Shared;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Questions.Board;

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

    private IRenderedComponent<QuestionThread> RenderThread(ThreadView thread, Action<ComponentParameterCollectionBuilder<QuestionThread>>? more = null)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        return Render<QuestionThread>(p =>
        {
            p.Add(t => t.Thread, thread);
            p.Add(t => t.FormId, "thread-actions");
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
    public void The_asker_sees_accept_and_it_posts_the_accept_act_for_that_answer()
    {
        var cut = RenderThread(Thread(new BoardActor("asker", false, false), QuestionState.Answered, null, Answer(5, "expert", expert: true)));

        var accept = cut.Find("[data-testid=accept-answer]");

        Assert.Equal("submit", accept.GetAttribute("type"));
        Assert.Equal("thread-actions", accept.GetAttribute("form"));
        Assert.Equal("Input.Act", accept.GetAttribute("name"));
        Assert.Equal("accept:answer:5", accept.GetAttribute("value"));
    }

    [Fact]
    public void Other_members_get_no_accept_button_and_cannot_vote_on_their_own_post()
    {
        var cut = RenderThread(Thread(new BoardActor("member", false, false), QuestionState.Answered, null, Answer(5, "member")));

        Assert.Empty(cut.FindAll("[data-testid=accept-answer]"));
        Assert.True(cut.Find("[data-testid=vote-answer] button").HasAttribute("disabled"));
        Assert.False(cut.Find("[data-testid=vote-question] button").HasAttribute("disabled"));
        Assert.Equal("vote:question:1", cut.Find("[data-testid=vote-question] button").GetAttribute("value"));
    }

    [Fact]
    public void Add_a_comment_opens_the_box_under_that_answer()
    {
        var thread = Thread(new BoardActor("member", false, false), QuestionState.Answered, null, Answer(5, "expert", expert: true), Answer(6, "expert"));

        var closed = RenderThread(thread);
        var opened = RenderThread(thread, p => p.Add(t => t.Opened, PostAction.Parse(closed.Find("[data-testid=add-comment]").GetAttribute("href")!.Split("open=")[1].Split('#')[0])));

        Assert.Empty(closed.FindAll("textarea"));
        Assert.Equal("/questions/1?open=comment:answer:5#answer-5", closed.Find("[data-testid=add-comment]").GetAttribute("href"));
        var box = Assert.Single(opened.FindAll("textarea"));
        Assert.Equal("comment-5", box.Id);
        Assert.Equal("thread-actions", box.GetAttribute("form"));
        Assert.Equal("comment:answer:5", opened.Find("[data-testid=post-comment]").GetAttribute("value"));
    }

    [Fact]
    public void A_refused_comment_shows_why_and_keeps_the_text()
    {
        var cut = RenderThread(Thread(new BoardActor("member", false, false), QuestionState.Answered, null, Answer(5, "expert", expert: true)), p => p
            .Add(t => t.Opened, new PostAction("comment", PostKinds.Answer, 5))
            .Add(t => t.Input, new ThreadForm { Body = "Does this work for yearly plans?" })
            .Add(t => t.BoxError, "You are posting too fast."));

        Assert.Contains("You are posting too fast.", cut.Find("[data-testid=comment-5-error]").TextContent);
        Assert.Equal("Does this work for yearly plans?", cut.Find("#comment-5").TextContent);
    }

    [Fact]
    public void A_closed_question_offers_no_comment_box()
    {
        var cut = RenderThread(Thread(new BoardActor("member", false, false), QuestionState.Duplicate, null, Answer(5, "expert", expert: true)), p => p
            .Add(t => t.MayPost, false)
            .Add(t => t.Opened, new PostAction("comment", PostKinds.Answer, 5)));

        Assert.Empty(cut.FindAll("#comment-5"));
        Assert.Empty(cut.FindAll("[data-testid=add-comment]"));
        Assert.Empty(cut.FindAll("[data-testid=accept-answer]"));
    }

    [Fact]
    public void Moderators_hide_a_post_straight_from_the_thread_with_the_reason_its_author_sees()
    {
        var thread = Thread(new BoardActor("moderator", false, true), QuestionState.Answered, null, Answer(5, "expert", expert: true));

        var asModerator = RenderThread(thread);
        var asking = RenderThread(thread, p => p.Add(t => t.Opened, new PostAction("hide", PostKinds.Answer, 5)));

        Assert.Equal("/questions/1?open=hide:answer:5#answer-5", asModerator.Find("[data-testid=answer] [data-testid=hide-post]").GetAttribute("href"));
        Assert.NotNull(asking.Find("[data-testid=answer] [data-testid=hide-post-form]"));
        Assert.Equal("thread-actions", asking.Find("#hide-reason").GetAttribute("form"));
        Assert.Equal("hide:answer:5", asking.Find("[data-testid=hide-post-confirm]").GetAttribute("value"));
    }

    [Fact]
    public void Members_get_no_hide_button_and_a_hand_made_hide_link_opens_nothing()
    {
        var asMember = RenderThread(Thread(new BoardActor("member", false, false), QuestionState.Answered, null, Answer(5, "expert", expert: true)),
            p => p.Add(t => t.Opened, new PostAction("hide", PostKinds.Answer, 5)));

        Assert.Empty(asMember.FindAll("[data-testid=hide-post]"));
        Assert.Empty(asMember.FindAll("[data-testid=hide-post-form]"));
    }

    [Fact]
    public void A_refused_comment_edit_keeps_the_new_text()
    {
        var comment = new CommentView(9, "member", "Member", "<p>old</p>", At, false, false, "old");
        var cut = RenderThread(Thread(new BoardActor("member", false, false), QuestionState.Answered, null, Answer(5, "expert", expert: true, comments: comment)), p => p
            .Add(t => t.Opened, new PostAction("edit", PostKinds.Comment, 9))
            .Add(t => t.Input, new ThreadForm { Body = "new text" })
            .Add(t => t.BoxError, "A comment needs some text."));

        Assert.Contains("A comment needs some text.", cut.Markup);
        Assert.Equal("new text", cut.Find("#edit-comment-9").TextContent);
        Assert.Equal("save:comment:9", cut.Find("[data-testid=save-comment]").GetAttribute("value"));
    }

    [Fact]
    public void Someone_elses_post_has_a_report_link_that_opens_the_report_box()
    {
        var thread = Thread(new BoardActor("member", false, false), QuestionState.Answered, null, Answer(5, "expert", expert: true));

        var reading = RenderThread(thread);
        var reporting = RenderThread(thread, p => p.Add(t => t.Opened, new PostAction("report", PostKinds.Answer, 5)));

        Assert.Equal("/questions/1?open=report:answer:5#answer-5", reading.Find("[data-testid=answer] [data-testid=report]").GetAttribute("href"));
        Assert.Equal("report:answer:5", reporting.Find("#report-send").GetAttribute("value"));
        // No reason is chosen for the reporter.
        Assert.True(reporting.Find("#report-reason option[value='']").HasAttribute("selected"));
    }
}
