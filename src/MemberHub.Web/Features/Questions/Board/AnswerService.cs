using MemberHub.Web.Data;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Questions.Search;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Markdown;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Answers, the expert summary, accepting and resolving: the discussion that moves a question to resolved.</summary>
public sealed class AnswerService(
    BoardCommands commands, MarkdownRenderer markdown, IQuestionSearch search, PointsService points, BoardNotifications notifications,
    QuestionEvents events, TimeProvider clock)
{
    public async Task<Outcome<int>> AnswerAsync(string? userId, int questionId, string body, CancellationToken cancellationToken = default)
    {
        body = body?.Trim() ?? "";
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var question = await db.Set<Question>().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        await command.Length(body, Answer.BodyMaxLength, "Answer.Length", "Body")
            .Rule(question is null ? BoardRefusal.Unknown : QuestionRules.Answer(question))
            .MayWriteAsync(ContentWrite.Post, body);
        await command.NotArchivedAsync(questionId);
        if (command.Refused)
        {
            return command.RefusedAs<int>();
        }
        var actor = command.Actor;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var answer = question!.AddAnswer(actor.UserId, body, markdown.ToSafeHtml(body), actor.IsExpert, clock.GetUtcNow().UtcDateTime);
        (await ProfileService.EnsureProfileAsync(db, actor.UserId, cancellationToken)).PostCount++;
        await db.SaveChangesAsync(cancellationToken);
        await points.AddAwardAsync(db, actor.UserId, PointKinds.AnswerPosted, $"answer:{answer.Id}", cancellationToken);
        await search.IndexAsync(db, answer.ToSearchDocument(), cancellationToken);
        var notified = await notifications.NotifyAsync(db, NotificationKinds.QuestionAnswered, [question.AuthorId], actor.UserId, question, body, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifications.Announce(notified, questionId);
        return Outcome<int>.Ok(answer.Id);
    }

    /// <summary>The asker or an expert accepts an answer: the question is resolved and the answer's author is credited.</summary>
    public async Task<Outcome> AcceptAsync(string? userId, int answerId, CancellationToken cancellationToken = default)
    {
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var answer = await db.Set<Answer>().Include(a => a.Question).SingleOrDefaultAsync(a => a.Id == answerId, cancellationToken);
        await command.Rule(answer is null ? BoardRefusal.Unknown : QuestionRules.Accept(command.Actor, answer.Question!, answer))
            .MayWriteAsync(ContentWrite.Reaction, null);
        await command.NotArchivedAsync(answer?.QuestionId);
        if (command.Refused)
        {
            return command.Refusal!;
        }
        var question = answer!.Question!;
        question.Accept(answer, clock.GetUtcNow().UtcDateTime);
        if (answer.AuthorId != question.AuthorId)
        {
            await points.AddAwardAsync(db, answer.AuthorId, PointKinds.AnswerAccepted, $"accepted:{question.Id}:{answer.Id}", cancellationToken);
        }
        var actorId = command.Actor.UserId;
        var notified = await notifications.NotifyAsync(db, NotificationKinds.AnswerAccepted, [answer.AuthorId], actorId, question, question.Title, cancellationToken);
        notified.AddRange(await notifications.NotifyAsync(db, NotificationKinds.QuestionResolved, [question.AuthorId], actorId, question, question.Title, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        notifications.Announce(notified, question.Id);
        return Outcome.Ok;
    }

    /// <summary>An expert's summary (总结), pinned above the answers; writing it again edits it (the old text is kept in the history).</summary>
    public async Task<Outcome<int>> SummarizeAsync(string? userId, int questionId, string body, CancellationToken cancellationToken = default)
    {
        body = body?.Trim() ?? "";
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var question = await db.Set<Question>().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        await command.Length(body, Answer.BodyMaxLength, "Answer.Length", "Summary")
            .Rule(question is null ? BoardRefusal.Unknown : QuestionRules.WriteSummary(command.Actor, question))
            .MayWriteAsync(ContentWrite.Post, body);
        await command.NotArchivedAsync(questionId);
        if (command.Refused)
        {
            return command.RefusedAs<int>();
        }
        var actorId = command.Actor.UserId;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var summary = await db.Set<Answer>().SingleOrDefaultAsync(a => a.QuestionId == questionId && a.IsSummary && !a.IsDeleted, cancellationToken);
        if (summary is null)
        {
            summary = new Answer { QuestionId = questionId, AuthorId = actorId, ByExpert = true, IsSummary = true, CreatedAtUtc = now };
            db.Add(summary);
        }
        else
        {
            db.Add(PostEdit.Of(PostKinds.Answer, summary.Id, actorId, summary.BodyMarkdown, now));
            summary.EditedAtUtc = now;
        }
        summary.BodyMarkdown = body;
        summary.BodyHtml = markdown.ToSafeHtml(body);
        question!.LastActivityAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        await search.IndexAsync(db, summary.ToSearchDocument(), cancellationToken);
        var notified = await notifications.NotifyAsync(db, NotificationKinds.QuestionAnswered, [question.AuthorId], actorId, question, body, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifications.Announce(notified, questionId);
        return Outcome<int>.Ok(summary.Id);
    }

    /// <summary>The asker or an expert marks the expert summary as resolving the question.</summary>
    public async Task<Outcome> ResolveWithSummaryAsync(string? userId, int questionId, CancellationToken cancellationToken = default)
    {
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var question = await db.Set<Question>().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        var hasSummary = await db.Set<Answer>().AnyAsync(a => a.QuestionId == questionId && a.IsSummary && !a.IsDeleted && !a.IsHidden, cancellationToken);
        await command.Rule(question is null ? BoardRefusal.Unknown : QuestionRules.ResolveWithSummary(command.Actor, question, hasSummary))
            .MayWriteAsync(ContentWrite.Reaction, null);
        await command.NotArchivedAsync(questionId);
        if (command.Refused)
        {
            return command.Refusal!;
        }
        question!.ResolveWithSummary(clock.GetUtcNow().UtcDateTime);
        var notified = await notifications.NotifyAsync(db, NotificationKinds.QuestionResolved, [question.AuthorId], command.Actor.UserId, question, question.Title, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        notifications.Announce(notified, questionId);
        return Outcome.Ok;
    }

    public async Task<Outcome> EditAsync(string? userId, int answerId, string body, CancellationToken cancellationToken = default)
    {
        body = body?.Trim() ?? "";
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var answer = await db.Set<Answer>().SingleOrDefaultAsync(a => a.Id == answerId && !a.IsDeleted, cancellationToken);
        await command.Length(body, Answer.BodyMaxLength, "Answer.Length", "Body")
            .Rule(answer is null ? BoardRefusal.Unknown : QuestionRules.Edit(command.Actor, answer.AuthorId))
            .MayWriteAsync(ContentWrite.Edit, body);
        await command.NotArchivedAsync(answer?.QuestionId);
        if (command.Refused)
        {
            return command.Refusal!;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(PostEdit.Of(PostKinds.Answer, answer!.Id, command.Actor.UserId, answer.BodyMarkdown, now));
        answer.BodyMarkdown = body;
        answer.BodyHtml = markdown.ToSafeHtml(body);
        answer.EditedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        if (!answer.IsHidden)
        {
            await search.IndexAsync(db, answer.ToSearchDocument(), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        events.Raise(answer.QuestionId);
        return Outcome.Ok;
    }

    public async Task<Outcome> DeleteAsync(string? userId, int answerId, CancellationToken cancellationToken = default)
    {
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var answer = await db.Set<Answer>().Include(a => a.Question).SingleOrDefaultAsync(a => a.Id == answerId && !a.IsDeleted, cancellationToken);
        await command.Member().Rule(answer is null ? BoardRefusal.Unknown : QuestionRules.Edit(command.Actor, answer.AuthorId))
            .NotArchivedAsync(answer?.QuestionId);
        if (command.Refused)
        {
            return command.Refusal!;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        answer!.Question!.RemoveAnswer(answer);
        await db.SaveChangesAsync(cancellationToken);
        await search.RemoveAsync(db, PostKinds.Answer, answer.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Raise(answer.QuestionId);
        return Outcome.Ok;
    }
}
