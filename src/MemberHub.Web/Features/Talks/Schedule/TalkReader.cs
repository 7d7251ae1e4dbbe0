using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Talks.Rsvps;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Talks.Schedule;

public sealed record TalkListItem(Talk Talk, TalkState State, int Seats, TalkRefusal Access, RsvpStatus Rsvp)
{
    public bool MayAttend => Access == TalkRefusal.None;
}

public sealed record TalkDetail(Talk Talk, TalkState State, TalkRefusal Access, RsvpStatus Rsvp, int Seated, int Waitlisted, int? WaitlistPosition,
    bool IsHost, string HostName, int Attended, bool MayJoin)
{
    /// <summary>Whether the join button shows at <paramref name="nowUtc"/>: pages re-check it as the clock runs.</summary>
    public bool JoinOpenAt(DateTime nowUtc) => Access == TalkRefusal.None && MayJoin && TalkRules.JoinWindowOpen(Talk, nowUtc);
}

/// <summary>Talks as one viewer sees them: upcoming and past lists (optionally only those their tier opens) and one talk.</summary>
public sealed class TalkReader(IDbContextFactory<AppDbContext> contexts, MemberAccess access, TimeProvider clock, TalkContentCache talks, TalkSeats seats,
    TalkListCache lists, ListedSeats listedSeats)
{
    public const int PageSize = 30;

    public async Task<IReadOnlyList<TalkListItem>> ListAsync(string? userId, bool past, bool onlyMine, int take = PageSize, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        take = Math.Clamp(take, 1, 1_000);
        var listKey = $"{past}|{take}";
        var rows = await lists.GetAsync(listKey, async token =>
        {
            await using var db = await contexts.CreateDbContextAsync(token);
            var talks = db.Set<Talk>().AsNoTracking();
            talks = past
                ? talks.Where(t => t.EndsAtUtc <= now || t.CanceledAtUtc != null).OrderByDescending(t => t.StartsAtUtc)
                : talks.Where(t => t.EndsAtUtc > now && t.CanceledAtUtc == null).OrderBy(t => t.StartsAtUtc);
            return (await talks.Take(take)
                .Select(t => new { Talk = t, Seats = db.Set<TalkRsvp>().Count(r => r.TalkId == t.Id && !r.IsWaitlisted) })
                .ToListAsync(token)).Select(r => new TalkListRow(r.Talk, r.Seats)).ToList();
        }, cancellationToken);
        var mine = userId is null ? new Dictionary<int, bool>() : await listedSeats.GetAsync($"{userId}|{listKey}", async token =>
        {
            var ids = rows.Select(r => r.Talk.Id).ToList();
            await using var db = await contexts.CreateDbContextAsync(token);
            return await db.Set<TalkRsvp>().Where(r => r.UserId == userId && ids.Contains(r.TalkId)).ToDictionaryAsync(r => r.TalkId, r => r.IsWaitlisted, token);
        }, cancellationToken);
        return rows
            .Select(r => new TalkListItem(r.Talk, r.Talk.StateAt(now), r.Seats,
                TalkRules.Attend(viewer, r.Talk, access.MemberContent(viewer, r.Talk.MinimumRank)),
                mine.TryGetValue(r.Talk.Id, out var waiting) ? waiting ? RsvpStatus.Waitlisted : RsvpStatus.Seated : RsvpStatus.None))
            .Where(i => !onlyMine || i.MayAttend)
            .ToList();
    }

    public async Task<TalkDetail?> DetailAsync(string? userId, int talkId, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var content = await talks.GetAsync(new TalkContent.Key(talkId, AccessRules.Moderate(viewer).Allowed), async token =>
        {
            await using var db = await contexts.CreateDbContextAsync(token);
            return await TalkContent.ReadAsync(db, talkId, AccessRules.Moderate(viewer).Allowed, token);
        }, cancellationToken);
        if (content is null)
        {
            return null;
        }
        var talk = content.Talk;
        var refusal = TalkRules.Attend(viewer, talk, access.MemberContent(viewer, talk.MinimumRank));
        var isHost = TalkRules.IsHost(viewer, talk);
        // The reader's own seat (and place in the queue), and for the host how many joined: what the shared copy cannot hold.
        var seat = userId is null ? ReaderSeat.None : await seats.GetAsync(userId, talkId, async token =>
        {
            await using var db = await contexts.CreateDbContextAsync(token);
            var mine = await db.Set<TalkRsvp>().AsNoTracking().Where(r => r.TalkId == talkId && r.UserId == userId)
                .Select(r => new
                {
                    r.IsWaitlisted,
                    Ahead = db.Set<TalkRsvp>().Count(o => o.TalkId == talkId && o.IsWaitlisted
                        && (o.CreatedAtUtc < r.CreatedAtUtc || (o.CreatedAtUtc == r.CreatedAtUtc && o.Id < r.Id))),
                })
                .FirstOrDefaultAsync(token);
            return mine is null ? ReaderSeat.None
                : mine.IsWaitlisted ? new ReaderSeat(RsvpStatus.Waitlisted, mine.Ahead + 1) : new ReaderSeat(RsvpStatus.Seated, null);
        }, cancellationToken);
        var attended = 0;
        if (isHost)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            attended = await db.Set<TalkAttendance>().CountAsync(a => a.TalkId == talkId, cancellationToken);
        }
        var mayJoin = TalkRules.HasPlace(talk, viewer, seat.Status == RsvpStatus.Seated);
        return new TalkDetail(talk, talk.StateAt(now), refusal, seat.Status, content.Seated, content.Waitlisted, seat.WaitlistPosition, isHost, content.HostName,
            attended, mayJoin);
    }
}

/// <summary>A reader's seat at a talk and, when waiting, their place in the queue.</summary>
public sealed record ReaderSeat(RsvpStatus Status, int? WaitlistPosition)
{
    public static readonly ReaderSeat None = new(RsvpStatus.None, null);
}

/// <summary>Each reader's seat at each talk, kept until the talk changes: every RSVP, cancellation and promotion raises <see cref="TalkEvents"/>.</summary>
public sealed class TalkSeats(TimeProvider clock, TalkEvents events) : Infrastructure.Caching.PerReaderCache<ReaderSeat>(clock, events);
