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
public sealed class TalkReader(IDbContextFactory<AppDbContext> contexts, MemberAccess access, TimeProvider clock, TalkContentCache talks)
{
    public const int PageSize = 30;

    public async Task<IReadOnlyList<TalkListItem>> ListAsync(string? userId, bool past, bool onlyMine, int take = PageSize, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var talks = db.Set<Talk>().AsNoTracking();
        talks = past
            ? talks.Where(t => t.EndsAtUtc <= now || t.CanceledAtUtc != null).OrderByDescending(t => t.StartsAtUtc)
            : talks.Where(t => t.EndsAtUtc > now && t.CanceledAtUtc == null).OrderBy(t => t.StartsAtUtc);
        var rows = await talks.Take(Math.Clamp(take, 1, 1_000))
            .Select(t => new
            {
                Talk = t,
                Seats = db.Set<TalkRsvp>().Count(r => r.TalkId == t.Id && !r.IsWaitlisted),
                Mine = db.Set<TalkRsvp>().Where(r => r.TalkId == t.Id && r.UserId == userId).Select(r => (bool?)r.IsWaitlisted).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new TalkListItem(r.Talk, r.Talk.StateAt(now), r.Seats,
                TalkRules.Attend(viewer, r.Talk, access.MemberContent(viewer, r.Talk.MinimumRank)),
                r.Mine is null ? RsvpStatus.None : r.Mine.Value ? RsvpStatus.Waitlisted : RsvpStatus.Seated))
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
        var (status, position, attended) = (RsvpStatus.None, (int?)null, 0);
        if (userId is not null)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var mine = await db.Set<TalkRsvp>().AsNoTracking().Where(r => r.TalkId == talkId && r.UserId == userId)
                .Select(r => new
                {
                    r.IsWaitlisted,
                    Ahead = db.Set<TalkRsvp>().Count(o => o.TalkId == talkId && o.IsWaitlisted
                        && (o.CreatedAtUtc < r.CreatedAtUtc || (o.CreatedAtUtc == r.CreatedAtUtc && o.Id < r.Id))),
                })
                .FirstOrDefaultAsync(cancellationToken);
            status = mine is null ? RsvpStatus.None : mine.IsWaitlisted ? RsvpStatus.Waitlisted : RsvpStatus.Seated;
            position = mine is { IsWaitlisted: true } ? mine.Ahead + 1 : null;
            attended = isHost ? await db.Set<TalkAttendance>().CountAsync(a => a.TalkId == talkId, cancellationToken) : 0;
        }
        var mayJoin = TalkRules.HasPlace(talk, viewer, status == RsvpStatus.Seated);
        return new TalkDetail(talk, talk.StateAt(now), refusal, status, content.Seated, content.Waitlisted, position, isHost, content.HostName, attended, mayJoin);
    }
}
