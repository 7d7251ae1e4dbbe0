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
    QuestionService questions, AnswerService answers, CommentService comments, VoteService votes, PostModerationActs moderation,
    IStringLocalizer<QuestionsText> text)
{
    /// <summary>
    /// The outcome of one act. <see cref="Boxes"/> is what the page shows in its boxes next: what was posted, less the
    /// text that was just saved. A preview changes nothing and says nothing.
    /// </summary>
    public sealed record Result(bool Succeeded, string? Message, ThreadForm Boxes, string? BoxError = null, string? Field = null, bool CloseBox = false);

    public async Task<Result> RunAsync(string? userId, ThreadView thread, PostAction act, ThreadForm form, CancellationToken cancellationToken = default)
    {
        if (act.Verb.StartsWith("preview", StringComparison.Ordinal))
        {
            return new Result(true, null, form);
        }
        if (PostModerationActs.Handles(act))
        {
            var outcome = await moderation.RunAsync(userId, act, form.ReportReason, form.Reason, cancellationToken);
            return outcome.Succeeded
                ? new Result(true, moderation.Done(act), Without(form, f => { f.Reason = null; f.ReportReason = null; }), CloseBox: true)
                : Refused(outcome, form, inBox: true);
        }
        var questionId = thread.Question.Id;
        return (act.Verb, act.Kind) switch
        {
            ("vote", PostKinds.Question or PostKinds.Answer) => Done(await Voted(userId, act, cancellationToken), null, form),
            ("accept", PostKinds.Answer) => Done(await answers.AcceptAsync(userId, act.Id, cancellationToken), text["Thread.AcceptedDone"], form),
            ("resolve", "") => Done(await answers.ResolveWithSummaryAsync(userId, questionId, cancellationToken), text["Thread.ResolvedDone"], form),
            ("delete", PostKinds.Question) => Done(await questions.DeleteAsync(userId, act.Id, cancellationToken), text["Thread.DeletedDone"], form),
            ("delete", PostKinds.Answer) => Done(await answers.DeleteAsync(userId, act.Id, cancellationToken), text["Thread.DeletedDone"], form),
            ("delete", PostKinds.Comment) => Done(await comments.DeleteCommentAsync(userId, act.Id, cancellationToken), text["Thread.DeletedDone"], form),
            ("answer", "") => Boxed(Untyped(await answers.AnswerAsync(userId, questionId, form.Answer ?? "", cancellationToken)), text["Thread.AnswerPosted"],
                form, f => f.Answer = null),
            ("summary", "") => Boxed(Untyped(await answers.SummarizeAsync(userId, questionId, form.Summary ?? "", cancellationToken)), text["Thread.SummaryPosted"],
                form, f => f.Summary = null),
            ("comment", PostKinds.Answer) => Boxed(Untyped(await comments.CommentAsync(userId, act.Id, form.Body ?? "", cancellationToken)), null,
                form, f => f.Body = null, close: true),
            ("save", PostKinds.Question) => Boxed(await questions.EditAsync(userId, questionId, Edited(thread.Question, form), cancellationToken), text["Thread.Saved"],
                form, f => { f.Body = null; f.Title = null; }, close: true),
            ("save", PostKinds.Answer) => Boxed(await answers.EditAsync(userId, act.Id, form.Body ?? "", cancellationToken), text["Thread.Saved"],
                form, f => f.Body = null, close: true),
            ("save", PostKinds.Comment) => Boxed(await comments.EditCommentAsync(userId, act.Id, form.Body ?? "", cancellationToken), text["Thread.Saved"],
                form, f => f.Body = null, close: true),
            ("close-duplicate", "") => Done(await questions.CloseAsync(userId, questionId, QuestionState.Duplicate, form.DuplicateOf, cancellationToken), text["Close.Done"], form),
            ("close-off-topic", "") => Done(await questions.CloseAsync(userId, questionId, QuestionState.OffTopic, null, cancellationToken), text["Close.Done"], form),
            ("reopen", "") => Done(await questions.CloseAsync(userId, questionId, QuestionState.Open, null, cancellationToken), text["Close.Done"], form),
            _ => new Result(false, text["Refused.Unknown"], form),
        };
    }

    private async Task<Outcome> Voted(string? userId, PostAction act, CancellationToken cancellationToken) =>
        Untyped(await votes.ToggleAsync(userId, act.Kind, act.Id, cancellationToken));

    // The edit form changes the title and the text; the stage, tags and lesson stay as they are.
    private static QuestionInput Edited(QuestionDetail question, ThreadForm form) => new()
    {
        Title = form.Title ?? question.Title,
        Body = form.Body ?? question.BodyMarkdown,
        Stage = question.Stage,
        TagIds = question.Tags.Select(t => t.Id).ToList(),
        LessonId = question.Lesson?.Id,
    };

    private static Outcome Untyped<T>(Outcome<T> outcome) => outcome.Succeeded ? Outcome.Ok : Outcome.Refused(outcome.Error!, outcome.Field);

    private static Result Done(Outcome outcome, string? message, ThreadForm form) =>
        outcome.Succeeded ? new Result(true, message, form) : Refused(outcome, form, inBox: false);

    // A box's own act: done, its text is cleared (and the box closed); refused, the text stays and the reason shows under it.
    private static Result Boxed(Outcome outcome, string? message, ThreadForm form, Action<ThreadForm> clear, bool close = false) =>
        outcome.Succeeded ? new Result(true, message, Without(form, clear), CloseBox: close) : Refused(outcome, form, inBox: true);

    private static Result Refused(Outcome outcome, ThreadForm form, bool inBox) =>
        new(false, outcome.Error, form, inBox ? outcome.Error : null, outcome.Field);

    private static ThreadForm Without(ThreadForm form, Action<ThreadForm> clear)
    {
        var kept = new ThreadForm
        {
            Answer = form.Answer, Summary = form.Summary, Body = form.Body, Title = form.Title, Reason = form.Reason,
            ReportReason = form.ReportReason, DuplicateOf = form.DuplicateOf,
        };
        clear(kept);
        return kept;
    }
}
