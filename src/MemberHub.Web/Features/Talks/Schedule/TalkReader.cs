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
public sealed class TalkReader(IDbContextFactory<AppDbContext> contexts, MemberAccess access, TimeProvider clock)
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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One statement: the talk with its counts, the reader's seat and the host's name (a popular talk has hundreds of RSVPs).
        var found = await (
                from t in db.Set<Talk>().AsNoTracking()
                where t.Id == talkId
                join u in db.Users on t.HostId equals u.Id into hosts
                from u in hosts.DefaultIfEmpty()
                select new
                {
                    Talk = t,
                    u.DisplayName,
                    u.Email,
                    Seated = db.Set<TalkRsvp>().Count(r => r.TalkId == t.Id && !r.IsWaitlisted),
                    Waitlisted = db.Set<TalkRsvp>().Count(r => r.TalkId == t.Id && r.IsWaitlisted),
                    Mine = db.Set<TalkRsvp>().Where(r => r.TalkId == t.Id && r.UserId == userId).Select(r => (bool?)r.IsWaitlisted).FirstOrDefault(),
                    // The place in the queue: waitlisted before the reader, in the order of their RSVPs.
                    Ahead = db.Set<TalkRsvp>().Count(r => r.TalkId == t.Id && r.IsWaitlisted && db.Set<TalkRsvp>().Any(m => m.TalkId == t.Id && m.UserId == userId
                        && (r.CreatedAtUtc < m.CreatedAtUtc || (r.CreatedAtUtc == m.CreatedAtUtc && r.Id < m.Id)))),
                    Attended = db.Set<TalkAttendance>().Count(a => a.TalkId == t.Id),
                })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var talk = found.Talk;
        var refusal = TalkRules.Attend(viewer, talk, access.MemberContent(viewer, talk.MinimumRank));
        var status = found.Mine is not { } waitlisted ? RsvpStatus.None : waitlisted ? RsvpStatus.Waitlisted : RsvpStatus.Seated;
        var isHost = TalkRules.IsHost(viewer, talk);
        var mayJoin = TalkRules.HasPlace(talk, viewer, status == RsvpStatus.Seated);
        return new TalkDetail(talk, talk.StateAt(now), refusal, status, found.Seated, found.Waitlisted,
            status == RsvpStatus.Waitlisted ? found.Ahead + 1 : null,
            isHost, DisplayNames.Of(found.DisplayName, found.Email), found.Attended, mayJoin);
    }
}
