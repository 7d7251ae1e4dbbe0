using MemberHub.Web.Data;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>One upvote per member per question or answer, never on one's own post; voting again takes the vote back.</summary>
public sealed class VoteService(BoardCommands commands, PointsService points, QuestionEvents events, TimeProvider clock)
{
    /// <summary>Returns whether the member's vote now stands.</summary>
    public async Task<Outcome<bool>> ToggleAsync(string? userId, string kind, int postId, CancellationToken cancellationToken = default)
    {
        await using var command = await commands.StartAsync(userId, cancellationToken);
        var db = command.Db;
        var actor = command.Actor;
        var post = kind switch
        {
            PostKinds.Question => await db.Set<Question>().Where(q => q.Id == postId && !q.IsHidden && !q.IsDeleted)
                .Select(q => new { q.AuthorId, QuestionId = q.Id }).SingleOrDefaultAsync(cancellationToken),
            PostKinds.Answer => await db.Set<Answer>().Where(a => a.Id == postId && !a.IsHidden && !a.IsDeleted && !a.Question!.IsHidden && !a.Question.IsDeleted)
                .Select(a => new { a.AuthorId, a.QuestionId }).SingleOrDefaultAsync(cancellationToken),
            _ => null,
        };
        await command.Rule(post is null ? BoardRefusal.Unknown : QuestionRules.Vote(actor, post.AuthorId)).MayWriteAsync(ContentWrite.Reaction, null);
        await command.NotArchivedAsync(post?.QuestionId);
        if (command.Refused)
        {
            return command.RefusedAs<bool>();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Set<PostVote>().SingleOrDefaultAsync(v => v.PostKind == kind && v.PostId == postId && v.UserId == actor.UserId, cancellationToken);
        var delta = existing is null ? 1 : -1;
        if (existing is null)
        {
            db.Add(new PostVote { PostKind = kind, PostId = postId, UserId = actor.UserId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
            await points.AddAwardAsync(db, post!.AuthorId, PointKinds.UpvoteReceived, $"vote:{kind}:{postId}:{actor.UserId}", cancellationToken);
        }
        else
        {
            db.Remove(existing);
            await points.RemoveAwardAsync(db, post!.AuthorId, PointKinds.UpvoteReceived, $"vote:{kind}:{postId}:{actor.UserId}", cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        _ = kind == PostKinds.Question
            ? await db.Set<Question>().Where(q => q.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(q => q.Score, q => q.Score + delta), cancellationToken)
            : await db.Set<Answer>().Where(a => a.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Score, a => a.Score + delta), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Raise(post!.QuestionId);
        return Outcome<bool>.Ok(existing is null);
    }
}
