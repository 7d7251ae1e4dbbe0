using MemberHub.Web.Components.Shared;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>
/// What each button of the statically rendered thread does: the act its form posted, handed to the board's services
/// (which decide who may), and what the page then shows — a message, the refusal under the box that was sent, which
/// boxes keep their text.
/// </summary>
public sealed class ThreadActions(
    QuestionService questions, AnswerService answers, CommentService comments, VoteService votes, Faq.FaqService faq, PostModerationActs moderation,
    IStringLocalizer<QuestionsText> text)
{
    public async Task<ActResult<ThreadForm>> RunAsync(string? userId, ThreadView thread, PostAction act, ThreadForm form, CancellationToken cancellationToken = default)
    {
        if (act.Verb.StartsWith("preview", StringComparison.Ordinal))
        {
            return new ActResult<ThreadForm>(true, null, form);
        }
        if (PostModerationActs.Handles(act))
        {
            var outcome = await moderation.RunAsync(userId, act, form.ReportReason, form.Reason, cancellationToken);
            return ActResult<ThreadForm>.OfBox(outcome, moderation.Done(act), form, form with { Reason = null, ReportReason = null }, close: true);
        }
        var questionId = thread.Question.Id;
        return (act.Verb, act.Kind) switch
        {
            ("vote", PostKinds.Question or PostKinds.Answer) => Done((await votes.ToggleAsync(userId, act.Kind, act.Id, cancellationToken)).WithoutValue(), null, form),
            ("accept", PostKinds.Answer) => Done(await answers.AcceptAsync(userId, act.Id, cancellationToken), text["Thread.AcceptedDone"], form),
            ("faq", PostKinds.Answer) => Done((await faq.PromoteAsync(userId, act.Id, cancellationToken)).WithoutValue(), text["Faq.Promoted"], form),
            ("resolve", "") => Done(await answers.ResolveWithSummaryAsync(userId, questionId, cancellationToken), text["Thread.ResolvedDone"], form),
            ("delete", PostKinds.Question) => Done(await questions.DeleteAsync(userId, act.Id, cancellationToken), text["Thread.DeletedDone"], form),
            ("delete", PostKinds.Answer) => Done(await answers.DeleteAsync(userId, act.Id, cancellationToken), text["Thread.DeletedDone"], form),
            ("delete", PostKinds.Comment) => Done(await comments.DeleteCommentAsync(userId, act.Id, cancellationToken), text["Thread.DeletedDone"], form),
            ("answer", "") => Boxed((await answers.AnswerAsync(userId, questionId, form.Answer ?? "", cancellationToken)).WithoutValue(), text["Thread.AnswerPosted"],
                form, form with { Answer = null }),
            ("summary", "") => Boxed((await answers.SummarizeAsync(userId, questionId, form.Summary ?? "", cancellationToken)).WithoutValue(), text["Thread.SummaryPosted"],
                form, form with { Summary = null }),
            ("comment", PostKinds.Answer) => Boxed((await comments.CommentAsync(userId, act.Id, form.Body ?? "", cancellationToken)).WithoutValue(), null,
                form, form with { Body = null }, close: true),
            ("save", PostKinds.Question) => Boxed(await questions.EditAsync(userId, questionId, Edited(thread.Question, form), cancellationToken), text["Thread.Saved"],
                form, form with { Body = null, Title = null }, close: true),
            ("save", PostKinds.Answer) => Boxed(await answers.EditAsync(userId, act.Id, form.Body ?? "", cancellationToken), text["Thread.Saved"],
                form, form with { Body = null }, close: true),
            ("save", PostKinds.Comment) => Boxed(await comments.EditCommentAsync(userId, act.Id, form.Body ?? "", cancellationToken), text["Thread.Saved"],
                form, form with { Body = null }, close: true),
            ("close-duplicate", "") => Done(await questions.CloseAsync(userId, questionId, QuestionState.Duplicate, form.DuplicateOf, cancellationToken), text["Close.Done"], form),
            ("close-off-topic", "") => Done(await questions.CloseAsync(userId, questionId, QuestionState.OffTopic, null, cancellationToken), text["Close.Done"], form),
            ("reopen", "") => Done(await questions.CloseAsync(userId, questionId, QuestionState.Open, null, cancellationToken), text["Close.Done"], form),
            _ => new ActResult<ThreadForm>(false, text["Refused.Unknown"], form),
        };
    }

    // The edit form changes the title and the text; the stage, tags and lesson stay as they are.
    private static QuestionInput Edited(QuestionDetail question, ThreadForm form) => new()
    {
        Title = form.Title ?? question.Title,
        Body = form.Body ?? question.BodyMarkdown,
        Stage = question.Stage,
        TagIds = question.Tags.Select(t => t.Id).ToList(),
        LessonId = question.Lesson?.Id,
    };

    private static ActResult<ThreadForm> Done(Outcome outcome, string? done, ThreadForm form) => ActResult<ThreadForm>.Of(outcome, done, form);

    private static ActResult<ThreadForm> Boxed(Outcome outcome, string? done, ThreadForm form, ThreadForm saved, bool close = false) =>
        ActResult<ThreadForm>.OfBox(outcome, done, form, saved, close);
}
