using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Features.Talks.Schedule;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Talks.SpeakerQuestions;

public sealed record SpeakerQuestionView(int Id, string AuthorName, string Text, int Votes, bool VotedByViewer, bool IsOwn, bool IsAnswered, int? BoardQuestionId,
    bool IsHidden = false);

/// <summary>Questions for the speaker: members send and upvote them before and during the talk; the host answers them; afterwards the rest go to the Q&amp;A board.</summary>
public sealed class SpeakerQuestionService(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, RsvpService rsvps, IQuestionBoard board, Community.PostingGuard guard, TalkEvents events, TimeProvider clock,
    IStringLocalizer<TalksText> text, TalkContentCache talks, SpeakerQuestionVotes votes, Community.Seasons.SeasonArchive archive)
{
    /// <summary>The talk's questions, unanswered first and the most wanted first; the first <paramref name="take"/> of them.</summary>
    public async Task<IReadOnlyList<SpeakerQuestionView>> ListAsync(string? userId, int talkId, int take = int.MaxValue, CancellationToken cancellationToken = default)
    {
        var seesHidden = AccessRules.Moderate(await access.ViewerAsync(userId, cancellationToken)).Allowed;
        var content = await talks.GetAsync(new TalkContent.Key(talkId, seesHidden), async token =>
        {
            await using var db = await contexts.CreateDbContextAsync(token);
            return await TalkContent.ReadAsync(db, talkId, seesHidden, token);
        }, cancellationToken);
        if (content is null)
        {
            return [];
        }
        var shown = content.Questions.Take(take).ToList();
        var voted = await VotedAsync(userId, talkId, cancellationToken);
        return shown.Select(q => new SpeakerQuestionView(q.Id, q.AuthorName, q.Text, q.Votes, voted.Contains(q.Id), q.AuthorId == userId,
            q.IsAnswered, q.BoardQuestionId, q.IsHidden)).ToList();
    }

    /// <summary>The talk's questions this reader upvoted.</summary>
    private async Task<IReadOnlySet<int>> VotedAsync(string? userId, int talkId, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return new HashSet<int>();
        }
        return await votes.GetAsync(userId, talkId, async token =>
        {
            await using var db = await contexts.CreateDbContextAsync(token);
            return (await db.Set<SpeakerQuestion>()
                .Where(q => q.TalkId == talkId && db.Set<SpeakerQuestionVote>().Any(v => v.SpeakerQuestionId == q.Id && v.UserId == userId))
                .Select(q => q.Id)
                .ToListAsync(token)).ToHashSet();
        }, cancellationToken);
    }

    public async Task<Outcome<int>> AskAsync(string? userId, int talkId, string question, CancellationToken cancellationToken = default)
    {
        question = question?.Trim() ?? "";
        if (question.Length == 0 || question.Length > SpeakerQuestion.TextMaxLength)
        {
            return Outcome<int>.Refused(text["Speaker.Length", SpeakerQuestion.TextMaxLength], "Question");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var talk = await db.Set<Talk>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == talkId, cancellationToken);
        var refusal = talk is null ? TalkRefusal.Unknown : await rsvps.MayAttendAsync(userId, talk, cancellationToken);
        if (refusal == TalkRefusal.None)
        {
            refusal = TalkRules.AskSpeaker(talk!, clock.GetUtcNow().UtcDateTime);
        }
        if (refusal != TalkRefusal.None)
        {
            return Outcome<int>.Refused(rsvps.Refusal(refusal));
        }
        // Members post under the community's rules (standing, ritual, posting rate); the talk's guest account is not a member.
        if (talk!.GuestUserId != userId)
        {
            var allowed = await guard.CheckAsync(userId, PostPlace.Elsewhere, question, cancellationToken: cancellationToken);
            if (!allowed.Succeeded)
            {
                return Outcome<int>.Refused(allowed.Error!, "Question");
            }
        }
        var asked = new SpeakerQuestion { TalkId = talkId, AuthorId = userId!, Text = question, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        db.Add(asked);
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(talkId);
        return Outcome<int>.Ok(asked.Id);
    }

    /// <summary>One upvote per member per question, not on one's own; voting again takes it back.</summary>
    public async Task<Outcome> VoteAsync(string? userId, int questionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Set<SpeakerQuestion>().AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId && !q.IsHidden, cancellationToken);
        var talk = question is null ? null : await db.Set<Talk>().AsNoTracking().SingleAsync(t => t.Id == question.TalkId, cancellationToken);
        var refusal = talk is null ? TalkRefusal.Unknown : await rsvps.MayAttendAsync(userId, talk, cancellationToken);
        if (refusal == TalkRefusal.None && question!.AuthorId == userId)
        {
            refusal = TalkRefusal.OwnQuestion;
        }
        if (refusal != TalkRefusal.None)
        {
            return Outcome.Refused(rsvps.Refusal(refusal));
        }
        if (await archive.WriteRefusalAsync(talk!.StartsAtUtc, cancellationToken) is { } archived)
        {
            return archived;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await db.Set<SpeakerQuestionVote>().Where(v => v.SpeakerQuestionId == questionId && v.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            db.Add(new SpeakerQuestionVote { SpeakerQuestionId = questionId, UserId = userId! });
            await db.SaveChangesAsync(cancellationToken);
        }
        var delta = removed == 0 ? 1 : -1;
        await db.Set<SpeakerQuestion>().Where(q => q.Id == questionId).ExecuteUpdateAsync(s => s.SetProperty(q => q.Votes, q => q.Votes + delta), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Raise(talk!.Id);
        return Outcome.Ok;
    }

    public async Task<Outcome> MarkAnsweredAsync(string? userId, int questionId, bool answered = true, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var question = await db.Set<SpeakerQuestion>().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        var talk = question is null ? null : await db.Set<Talk>().AsNoTracking().SingleAsync(t => t.Id == question.TalkId, cancellationToken);
        if (talk is null)
        {
            return Outcome.Refused(rsvps.Refusal(TalkRefusal.Unknown));
        }
        if (!TalkRules.IsHost(await access.ViewerAsync(userId, cancellationToken), talk))
        {
            return Outcome.Refused(rsvps.Refusal(TalkRefusal.HostsOnly));
        }
        if (await archive.WriteRefusalAsync(talk.StartsAtUtc, cancellationToken) is { } archived)
        {
            return archived;
        }
        question!.IsAnswered = answered;
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(talk.Id);
        return Outcome.Ok;
    }

    /// <summary>After the talk, one click moves the unanswered questions to the Q&amp;A board (linked to the talk), where the resident experts pick them up.</summary>
    public async Task<Outcome<int>> MoveUnansweredToBoardAsync(string? userId, int talkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var talk = await db.Set<Talk>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == talkId, cancellationToken);
        if (talk is null)
        {
            return Outcome<int>.Refused(rsvps.Refusal(TalkRefusal.Unknown));
        }
        if (!TalkRules.IsHost(await access.ViewerAsync(userId, cancellationToken), talk))
        {
            return Outcome<int>.Refused(rsvps.Refusal(TalkRefusal.HostsOnly));
        }
        if (await archive.WriteRefusalAsync(talk.StartsAtUtc, cancellationToken) is { } archived)
        {
            return Outcome<int>.Refused(archived.Error!);
        }
        if (talk.StateAt(clock.GetUtcNow().UtcDateTime) != TalkState.Ended)
        {
            return Outcome<int>.Refused(text["Speaker.MoveAfterTalk"]);
        }
        var open = await db.Set<SpeakerQuestion>().Where(q => q.TalkId == talkId && !q.IsAnswered && !q.IsHidden && q.BoardQuestionId == null)
            .OrderByDescending(q => q.Votes).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var asked in open)
        {
            var body = $"{asked.Text}\n\n*{text["Speaker.FromTalk", talk.Title]}*";
            asked.BoardQuestionId = await board.PostFromTalkAsync(db, asked.AuthorId, asked.Text, body, talkId, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Raise(talkId);
        return Outcome<int>.Ok(open.Count);
    }
}

/// <summary>The speaker questions each reader upvoted at each talk, kept until the talk changes: a vote raises <see cref="TalkEvents"/>.</summary>
public sealed class SpeakerQuestionVotes(TimeProvider clock, TalkEvents events) : Infrastructure.Caching.PerReaderCache<IReadOnlySet<int>>(clock, events);
