using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Markdown;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Comments under an answer: a short follow-up ("which version?") that does not count as an answer.</summary>
public sealed class CommentService(BoardCommands commands, MarkdownRenderer markdown, BoardNotifications notifications, QuestionEvents events, TimeProvider clock)
{
    public async Task<Outcome<int>> CommentAsync(string? userId, int answerId, string body, CancellationToken cancellationToken = default)
    {
        body = body?.Trim() ?? "";
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var answer = await db.Set<Answer>().Include(a => a.Question).SingleOrDefaultAsync(a => a.Id == answerId, cancellationToken);
        await command.Length(body, AnswerComment.BodyMaxLength, "Comment.Length", "Comment")
            .Rule(answer is null || !answer.IsVisible() ? BoardRefusal.Unknown : QuestionRules.Answer(answer.Question!))
            .MayWriteAsync(ContentWrite.Post, body);
        await command.NotArchivedAsync(answer?.QuestionId);
        if (command.Refused)
        {
            return command.RefusedAs<int>();
        }
        var actorId = command.Actor.UserId;
        var now = clock.GetUtcNow().UtcDateTime;
        var comment = new AnswerComment { AnswerId = answerId, AuthorId = actorId, BodyMarkdown = body, BodyHtml = markdown.ToSafeHtml(body), CreatedAtUtc = now };
        db.Add(comment);
        var question = answer!.Question!;
        question.LastActivityAtUtc = now;
        var notified = await notifications.NotifyAsync(db, NotificationKinds.QuestionCommented, [answer.AuthorId, question.AuthorId], actorId, question, body, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        notifications.Announce(notified, answer.QuestionId);
        return Outcome<int>.Ok(comment.Id);
    }

    /// <summary>Authors edit their comments (moderators anyone's); the earlier text is kept in the history.</summary>
    public async Task<Outcome> EditCommentAsync(string? userId, int commentId, string body, CancellationToken cancellationToken = default)
    {
        body = body?.Trim() ?? "";
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var comment = await db.Set<AnswerComment>().SingleOrDefaultAsync(c => c.Id == commentId && !c.IsDeleted, cancellationToken);
        await command.Length(body, AnswerComment.BodyMaxLength, "Comment.Length", "Comment")
            .Rule(comment is null ? BoardRefusal.Unknown : QuestionRules.Edit(command.Actor, comment.AuthorId))
            .MayWriteAsync(ContentWrite.Edit, body);
        await command.NotArchivedAsync(answerId: comment?.AnswerId);
        if (command.Refused)
        {
            return command.Refusal!;
        }
        db.Add(PostEdit.Of(PostKinds.Comment, commentId, command.Actor.UserId, comment!.BodyMarkdown, clock.GetUtcNow().UtcDateTime));
        comment.BodyMarkdown = body;
        comment.BodyHtml = markdown.ToSafeHtml(body);
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(await db.Set<Answer>().Where(a => a.Id == comment.AnswerId).Select(a => a.QuestionId).SingleAsync(cancellationToken));
        return Outcome.Ok;
    }

    public async Task<Outcome> DeleteCommentAsync(string? userId, int commentId, CancellationToken cancellationToken = default)
    {
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var comment = await db.Set<AnswerComment>().SingleOrDefaultAsync(c => c.Id == commentId && !c.IsDeleted, cancellationToken);
        await command.Member().Rule(comment is null ? BoardRefusal.Unknown : QuestionRules.Edit(command.Actor, comment.AuthorId))
            .NotArchivedAsync(answerId: comment?.AnswerId);
        if (command.Refused)
        {
            return command.Refusal!;
        }
        comment!.IsDeleted = true;
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(await db.Set<Answer>().Where(a => a.Id == comment.AnswerId).Select(a => a.QuestionId).SingleAsync(cancellationToken));
        return Outcome.Ok;
    }
}
