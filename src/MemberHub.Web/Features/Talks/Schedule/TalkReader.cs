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
        var talk = await db.Set<Talk>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == talkId, cancellationToken);
        if (talk is null)
        {
            return null;
        }
        var refusal = TalkRules.Attend(viewer, talk, access.MemberContent(viewer, talk.MinimumRank));
        var rsvps = await db.Set<TalkRsvp>().AsNoTracking().Where(r => r.TalkId == talkId)
            .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).Select(r => new { r.UserId, r.IsWaitlisted }).ToListAsync(cancellationToken);
        var mine = rsvps.FirstOrDefault(r => r.UserId == userId);
        var status = mine is null ? RsvpStatus.None : mine.IsWaitlisted ? RsvpStatus.Waitlisted : RsvpStatus.Seated;
        var waitlist = rsvps.Where(r => r.IsWaitlisted).Select(r => r.UserId).ToList();
        var isHost = TalkRules.IsHost(viewer, talk);
        var mayJoin = TalkRules.HasPlace(talk, viewer, status == RsvpStatus.Seated);
        var hostName = await DisplayNames.OfAsync(db, talk.HostId, cancellationToken);
        var attended = await db.Set<TalkAttendance>().CountAsync(a => a.TalkId == talkId, cancellationToken);
        return new TalkDetail(talk, talk.StateAt(now), refusal, status, rsvps.Count(r => !r.IsWaitlisted), waitlist.Count,
            status == RsvpStatus.Waitlisted ? waitlist.IndexOf(userId!) + 1 : null,
            isHost, hostName, attended, mayJoin);
    }
}
