using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Seasons;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Experts;

public sealed record QueueItem(int Id, string Title, QuestionStage Stage, IReadOnlyList<int> TagIds, string AuthorName, DateTime CreatedAtUtc,
    int AnswerCount, string? ClaimedById, string? ClaimedByName, DateTime? ClaimedUntilUtc);

/// <summary>What waits for the experts: questions with no expert answer yet, oldest first; "I'm on it" claims one for two hours.</summary>
public sealed class ExpertQueue(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, BoardCommands commands, QuestionEvents events, Community.Seasons.SeasonArchive archive,
    TimeProvider clock)
{
    public const int Size = 100;

    /// <summary>Null when the viewer is not an expert.</summary>
    public async Task<IReadOnlyList<QueueItem>?> WaitingAsync(string? userId, int? tagId = null, QuestionStage? stage = null, CancellationToken cancellationToken = default)
    {
        if (!BoardActor.Of(await access.ViewerAsync(userId, cancellationToken)).IsExpert)
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = db.Set<Question>().AsNoTracking()
            .Where(q => !q.IsHidden && !q.IsDeleted && q.State == QuestionState.Open && q.FirstExpertAnswerAtUtc == null);
        // An ended season's threads are an archive: nobody waits there any more.
        var now = clock.GetUtcNow().UtcDateTime;
        waiting = waiting.OutsideSeasons((await archive.AllAsync(cancellationToken)).Where(s => s.HasEnded(now)), q => q.CreatedAtUtc);
        if (tagId is { } tag)
        {
            waiting = waiting.Where(q => q.Tags.Any(t => t.TagId == tag));
        }
        if (stage is { } s)
        {
            waiting = waiting.Where(q => q.Stage == s);
        }
        var rows = await waiting.OrderBy(q => q.Id).Take(Size)
            .Select(q => new { q.Id, q.Title, q.Stage, TagIds = q.Tags.Select(t => t.TagId).ToList(), q.AuthorId, q.CreatedAtUtc, q.AnswerCount, q.ClaimedById, q.ClaimedUntilUtc })
            .ToListAsync(cancellationToken);
        var names = await DisplayNames.OfAsync(db, rows.Select(r => r.AuthorId).Concat(rows.Where(r => r.ClaimedById != null).Select(r => r.ClaimedById!)), cancellationToken);
        return rows.Select(r =>
        {
            var claimed = r.ClaimedUntilUtc > now ? r.ClaimedById : null;
            return new QueueItem(r.Id, r.Title, r.Stage, r.TagIds, names.GetValueOrDefault(r.AuthorId, "?"), r.CreatedAtUtc, r.AnswerCount,
                claimed, claimed is null ? null : names.GetValueOrDefault(claimed, "?"), claimed is null ? null : r.ClaimedUntilUtc);
        }).ToList();
    }

    /// <summary>"I'm on it": the question is this expert's for two hours, so two experts do not write the same answer.</summary>
    public async Task<Outcome> ClaimAsync(string? userId, int questionId, CancellationToken cancellationToken = default)
    {
        var actor = BoardActor.Of(await access.ViewerAsync(userId, cancellationToken));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Set<Question>().AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var refusal = question is null ? BoardRefusal.Unknown : QuestionRules.Claim(actor, question, now);
        if (refusal != BoardRefusal.None)
        {
            return Outcome.Refused(commands.Refusal(refusal));
        }
        if (await archive.WriteRefusalAsync(question!.CreatedAtUtc, cancellationToken) is { } archived)
        {
            return archived;
        }
        // Conditional, so two experts pressing at once cannot both win.
        var until = now + Question.ClaimLength;
        var claimed = await db.Set<Question>()
            .Where(q => q.Id == questionId && (q.ClaimedUntilUtc == null || q.ClaimedUntilUtc <= now || q.ClaimedById == actor.UserId))
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.ClaimedById, actor.UserId).SetProperty(q => q.ClaimedUntilUtc, until), cancellationToken);
        if (claimed == 0)
        {
            return Outcome.Refused(commands.Refusal(BoardRefusal.ClaimedByOther));
        }
        events.Raise(questionId);
        return Outcome.Ok;
    }

    public async Task<Outcome> ReleaseAsync(string? userId, int questionId, CancellationToken cancellationToken = default)
    {
        var actor = BoardActor.Of(await access.ViewerAsync(userId, cancellationToken));
        if (!actor.IsExpert)
        {
            return Outcome.Refused(commands.Refusal(BoardRefusal.ExpertsOnly));
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<Question>().Where(q => q.Id == questionId && q.ClaimedById == actor.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.ClaimedById, (string?)null).SetProperty(q => q.ClaimedUntilUtc, (DateTime?)null), cancellationToken);
        events.Raise(questionId);
        return Outcome.Ok;
    }

    /// <summary>Median time from asking to the first expert answer over questions asked in the last <paramref name="days"/> days.</summary>
    public async Task<TimeSpan?> MedianFirstAnswerAsync(int days = 30, CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pairs = await db.Set<Question>().AsNoTracking().Where(q => q.CreatedAtUtc >= since && q.FirstExpertAnswerAtUtc != null)
            .Select(q => new { q.CreatedAtUtc, q.FirstExpertAnswerAtUtc }).ToListAsync(cancellationToken);
        var waits = pairs.Select(p => p.FirstExpertAnswerAtUtc!.Value - p.CreatedAtUtc).Order().ToList();
        return waits.Count == 0 ? null : waits[waits.Count / 2];
    }
}
