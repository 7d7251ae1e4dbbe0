using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Answers, comments, the expert summary, accepting and resolving: the discussion that moves a question to resolved.</summary>
public sealed class AnswerService(
    IDbContextFactory<AppDbContext> contexts, BoardWriter writer, PointsService points, NotificationCenter notifications,
    QuestionEvents events, TimeProvider clock, IStringLocalizer<QuestionsText> text)
{
    public async Task<Outcome<int>> AnswerAsync(string? userId, int questionId, string body, CancellationToken cancellationToken = default)
    {
        body = body?.Trim() ?? "";
        if (body.Length == 0 || body.Length > Answer.BodyMaxLength)
        {
            return Outcome<int>.Refused(text["Answer.Length", Answer.BodyMaxLength, body.Length], "Body");
        }
        var actor = await writer.ActorAsync(userId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Set<Question>().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        var refusal = question is null ? BoardRefusal.Unknown : QuestionRules.Answer(question);
        if (refusal != BoardRefusal.None)
        {
            return Outcome<int>.Refused(writer.Refusal(refusal));
        }
        var allowed = await writer.MayPostAsync(userId, body, cancellationToken);
        if (!allowed.Succeeded || actor is null)
        {
            return Outcome<int>.Refused(allowed.Error ?? writer.NotAMember, allowed.Field);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var answer = new Answer { QuestionId = questionId, AuthorId = actor.UserId, BodyMarkdown = body, BodyHtml = writer.Html(body), ByExpert = actor.IsExpert, CreatedAtUtc = now };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(answer);
        question!.AnswerCount++;
        question.LastActivityAtUtc = now;
        question.State = QuestionRules.AfterAnswer(question.State, actor.IsExpert);
        if (actor.IsExpert && question.FirstExpertAnswerAtUtc is null)
        {
            // Time to first expert answer is what the Owner watches; the claim has done its job.
            question.FirstExpertAnswerAtUtc = now;
            question.ClaimedById = null;
            question.ClaimedUntilUtc = null;
        }
        (await ProfileService.EnsureProfileAsync(db, actor.UserId, cancellationToken)).PostCount++;
        await db.SaveChangesAsync(cancellationToken);
        await points.AddAwardAsync(db, actor.UserId, PointKinds.AnswerPosted, $"answer:{answer.Id}", cancellationToken);
        await writer.IndexAnswerAsync(db, answer, cancellationToken);
        var notified = await NotifyAsync(db, NotificationKinds.QuestionAnswered, [question.AuthorId], actor.UserId, question, body, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Announce(notified, questionId);
        return Outcome<int>.Ok(answer.Id);
    }

    public async Task<Outcome<int>> CommentAsync(string? userId, int answerId, string body, CancellationToken cancellationToken = default)
    {
        body = body?.Trim() ?? "";
        if (body.Length == 0 || body.Length > AnswerComment.BodyMaxLength)
        {
            return Outcome<int>.Refused(text["Comment.Length", AnswerComment.BodyMaxLength, body.Length], "Comment");
        }
        var actor = await writer.ActorAsync(userId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var answer = await db.Set<Answer>().Include(a => a.Question).SingleOrDefaultAsync(a => a.Id == answerId, cancellationToken);
        var refusal = answer is null || !answer.IsVisible() ? BoardRefusal.Unknown : QuestionRules.Answer(answer.Question!);
        if (refusal != BoardRefusal.None)
        {
            return Outcome<int>.Refused(writer.Refusal(refusal));
        }
        var allowed = await writer.MayPostAsync(userId, body, cancellationToken);
        if (!allowed.Succeeded || actor is null)
        {
            return Outcome<int>.Refused(allowed.Error ?? writer.NotAMember, allowed.Field);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var comment = new AnswerComment { AnswerId = answerId, AuthorId = actor.UserId, BodyMarkdown = body, BodyHtml = writer.Html(body), CreatedAtUtc = now };
        db.Add(comment);
        answer!.Question!.LastActivityAtUtc = now;
        var notified = await NotifyAsync(db, NotificationKinds.QuestionCommented, [answer.AuthorId, answer.Question.AuthorId], actor.UserId, answer.Question, body, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Announce(notified, answer.QuestionId);
        return Outcome<int>.Ok(comment.Id);
    }

    /// <summary>The asker or an expert accepts an answer: the question is resolved and the answer's author is credited.</summary>
    public async Task<Outcome> AcceptAsync(string? userId, int answerId, CancellationToken cancellationToken = default)
    {
        var actor = await writer.ActorAsync(userId, cancellationToken);
        if (actor is null)
        {
            return Outcome.Refused(writer.NotAMember);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var answer = await db.Set<Answer>().Include(a => a.Question).SingleOrDefaultAsync(a => a.Id == answerId, cancellationToken);
        var refusal = answer is null ? BoardRefusal.Unknown : QuestionRules.Accept(actor, answer.Question!, answer);
        if (refusal != BoardRefusal.None)
        {
            return writer.Refused(refusal);
        }
        var writable = await writer.MayWriteAsync(userId, ContentWrite.Reaction, null, cancellationToken);
        if (!writable.Succeeded)
        {
            return Outcome.Refused(writable.Error!, writable.Field);
        }
        var question = answer!.Question!;
        var now = clock.GetUtcNow().UtcDateTime;
        question.AcceptedAnswerId = answer.Id;
        question.State = QuestionState.Resolved;
        question.ResolvedAtUtc ??= now;
        question.LastActivityAtUtc = now;
        if (answer.AuthorId != question.AuthorId)
        {
            await points.AddAwardAsync(db, answer.AuthorId, PointKinds.AnswerAccepted, $"accepted:{question.Id}:{answer.Id}", cancellationToken);
        }
        var notified = await NotifyAsync(db, NotificationKinds.AnswerAccepted, [answer.AuthorId], actor.UserId, question, question.Title, cancellationToken);
        notified.AddRange(await NotifyAsync(db, NotificationKinds.QuestionResolved, [question.AuthorId], actor.UserId, question, question.Title, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        Announce(notified, question.Id);
        return Outcome.Ok;
    }

    /// <summary>An expert's summary (总结), pinned above the answers; writing it again edits it (the old text is kept in the history).</summary>
    public async Task<Outcome<int>> SummarizeAsync(string? userId, int questionId, string body, CancellationToken cancellationToken = default)
    {
        body = body?.Trim() ?? "";
        if (body.Length == 0 || body.Length > Answer.BodyMaxLength)
        {
            return Outcome<int>.Refused(text["Answer.Length", Answer.BodyMaxLength, body.Length], "Summary");
        }
        var actor = await writer.ActorAsync(userId, cancellationToken);
        if (actor is null)
        {
            return Outcome<int>.Refused(writer.NotAMember);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Set<Question>().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        var refusal = question is null ? BoardRefusal.Unknown : QuestionRules.WriteSummary(actor, question);
        if (refusal != BoardRefusal.None)
        {
            return Outcome<int>.Refused(writer.Refusal(refusal));
        }
        var writable = await writer.MayWriteAsync(userId, ContentWrite.Post, body, cancellationToken);
        if (!writable.Succeeded)
        {
            return Outcome<int>.Refused(writable.Error!, writable.Field);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var summary = await db.Set<Answer>().SingleOrDefaultAsync(a => a.QuestionId == questionId && a.IsSummary && !a.IsDeleted, cancellationToken);
        if (summary is null)
        {
            summary = new Answer { QuestionId = questionId, AuthorId = actor.UserId, ByExpert = true, IsSummary = true, CreatedAtUtc = now };
            db.Add(summary);
        }
        else
        {
            db.Add(new PostEdit { PostKind = PostKinds.Answer, PostId = summary.Id, EditorId = actor.UserId, PreviousBody = summary.BodyMarkdown, EditedAtUtc = now });
            summary.EditedAtUtc = now;
        }
        summary.BodyMarkdown = body;
        summary.BodyHtml = writer.Html(body);
        question!.LastActivityAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        await writer.IndexAnswerAsync(db, summary, cancellationToken);
        var notified = await NotifyAsync(db, NotificationKinds.QuestionAnswered, [question.AuthorId], actor.UserId, question, body, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Announce(notified, questionId);
        return Outcome<int>.Ok(summary.Id);
    }

    /// <summary>The asker or an expert marks the expert summary as resolving the question.</summary>
    public async Task<Outcome> ResolveWithSummaryAsync(string? userId, int questionId, CancellationToken cancellationToken = default)
    {
        var actor = await writer.ActorAsync(userId, cancellationToken);
        if (actor is null)
        {
            return Outcome.Refused(writer.NotAMember);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Set<Question>().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        var hasSummary = await db.Set<Answer>().AnyAsync(a => a.QuestionId == questionId && a.IsSummary && !a.IsDeleted && !a.IsHidden, cancellationToken);
        var refusal = question is null ? BoardRefusal.Unknown : QuestionRules.ResolveWithSummary(actor, question, hasSummary);
        if (refusal != BoardRefusal.None)
        {
            return writer.Refused(refusal);
        }
        var writable = await writer.MayWriteAsync(userId, ContentWrite.Reaction, null, cancellationToken);
        if (!writable.Succeeded)
        {
            return Outcome.Refused(writable.Error!, writable.Field);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        question!.State = QuestionState.Resolved;
        question.ResolvedAtUtc = now;
        question.LastActivityAtUtc = now;
        var notified = await NotifyAsync(db, NotificationKinds.QuestionResolved, [question.AuthorId], actor.UserId, question, question.Title, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Announce(notified, questionId);
        return Outcome.Ok;
    }

    public async Task<Outcome> EditAsync(string? userId, int answerId, string body, CancellationToken cancellationToken = default)
    {
        body = body?.Trim() ?? "";
        if (body.Length == 0 || body.Length > Answer.BodyMaxLength)
        {
            return Outcome.Refused(text["Answer.Length", Answer.BodyMaxLength, body.Length], "Body");
        }
        var actor = await writer.ActorAsync(userId, cancellationToken);
        if (actor is null)
        {
            return Outcome.Refused(writer.NotAMember);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var answer = await db.Set<Answer>().SingleOrDefaultAsync(a => a.Id == answerId && !a.IsDeleted, cancellationToken);
        var refusal = answer is null ? BoardRefusal.Unknown : QuestionRules.Edit(actor, answer.AuthorId);
        if (refusal != BoardRefusal.None)
        {
            return writer.Refused(refusal);
        }
        var writable = await writer.MayWriteAsync(userId, ContentWrite.Edit, body, cancellationToken);
        if (!writable.Succeeded)
        {
            return Outcome.Refused(writable.Error!, writable.Field);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(new PostEdit { PostKind = PostKinds.Answer, PostId = answer!.Id, EditorId = actor.UserId, PreviousBody = answer.BodyMarkdown, EditedAtUtc = now });
        answer.BodyMarkdown = body;
        answer.BodyHtml = writer.Html(body);
        answer.EditedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        if (!answer.IsHidden)
        {
            await writer.IndexAnswerAsync(db, answer, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        events.Raise(answer.QuestionId);
        return Outcome.Ok;
    }

    public async Task<Outcome> DeleteAsync(string? userId, int answerId, CancellationToken cancellationToken = default)
    {
        var actor = await writer.ActorAsync(userId, cancellationToken);
        if (actor is null)
        {
            return Outcome.Refused(writer.NotAMember);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var answer = await db.Set<Answer>().Include(a => a.Question).SingleOrDefaultAsync(a => a.Id == answerId && !a.IsDeleted, cancellationToken);
        var refusal = answer is null ? BoardRefusal.Unknown : QuestionRules.Edit(actor, answer.AuthorId);
        if (refusal != BoardRefusal.None)
        {
            return writer.Refused(refusal);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        answer!.IsDeleted = true;
        if (!answer.IsSummary)
        {
            answer.Question!.AnswerCount--;
        }
        await db.SaveChangesAsync(cancellationToken);
        await writer.Search.RemoveAsync(db, PostKinds.Answer, answer.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Raise(answer.QuestionId);
        return Outcome.Ok;
    }

    /// <summary>Authors edit their comments (moderators anyone's); the earlier text is kept in the history.</summary>
    public async Task<Outcome> EditCommentAsync(string? userId, int commentId, string body, CancellationToken cancellationToken = default)
    {
        body = body?.Trim() ?? "";
        if (body.Length == 0 || body.Length > AnswerComment.BodyMaxLength)
        {
            return Outcome.Refused(text["Comment.Length", AnswerComment.BodyMaxLength, body.Length], "Comment");
        }
        var actor = await writer.ActorAsync(userId, cancellationToken);
        if (actor is null)
        {
            return Outcome.Refused(writer.NotAMember);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var comment = await db.Set<AnswerComment>().SingleOrDefaultAsync(c => c.Id == commentId && !c.IsDeleted, cancellationToken);
        var refusal = comment is null ? BoardRefusal.Unknown : QuestionRules.Edit(actor, comment.AuthorId);
        if (refusal != BoardRefusal.None)
        {
            return writer.Refused(refusal);
        }
        var writable = await writer.MayWriteAsync(userId, ContentWrite.Edit, body, cancellationToken);
        if (!writable.Succeeded)
        {
            return Outcome.Refused(writable.Error!, writable.Field);
        }
        db.Add(new PostEdit { PostKind = PostKinds.Comment, PostId = commentId, EditorId = actor.UserId, PreviousBody = comment!.BodyMarkdown, EditedAtUtc = clock.GetUtcNow().UtcDateTime });
        comment.BodyMarkdown = body;
        comment.BodyHtml = writer.Html(body);
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(await db.Set<Answer>().Where(a => a.Id == comment.AnswerId).Select(a => a.QuestionId).SingleAsync(cancellationToken));
        return Outcome.Ok;
    }

    public async Task<Outcome> DeleteCommentAsync(string? userId, int commentId, CancellationToken cancellationToken = default)
    {
        var actor = await writer.ActorAsync(userId, cancellationToken);
        if (actor is null)
        {
            return Outcome.Refused(writer.NotAMember);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var comment = await db.Set<AnswerComment>().SingleOrDefaultAsync(c => c.Id == commentId && !c.IsDeleted, cancellationToken);
        var refusal = comment is null ? BoardRefusal.Unknown : QuestionRules.Edit(actor, comment.AuthorId);
        if (refusal != BoardRefusal.None)
        {
            return writer.Refused(refusal);
        }
        comment!.IsDeleted = true;
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(await db.Set<Answer>().Where(a => a.Id == comment.AnswerId).Select(a => a.QuestionId).SingleAsync(cancellationToken));
        return Outcome.Ok;
    }

    private async Task<List<string>> NotifyAsync(AppDbContext db, string kind, IEnumerable<string> recipients, string actorId, Question question, string excerpt, CancellationToken cancellationToken)
    {
        var targets = recipients.Where(r => r != actorId).Distinct().ToList();
        if (targets.Count > 0)
        {
            var actor = await DisplayNames.OfAsync(db, actorId, cancellationToken);
            foreach (var recipient in targets)
            {
                // Titles and e-mail subjects are plain text: the excerpt of a post loses its Markdown (no "**" in a subject).
                notifications.Add(db, kind, recipient, $"/questions/{question.Id}", actor,
                    BoardWriter.Excerpt(kind is NotificationKinds.QuestionAnswered or NotificationKinds.QuestionCommented ? BoardWriter.PlainText(excerpt).ReplaceLineEndings(" ").Trim() : question.Title));
            }
        }
        return targets;
    }

    private void Announce(List<string> notified, int questionId)
    {
        notified.ForEach(notifications.Announce);
        events.Raise(questionId);
    }
}
