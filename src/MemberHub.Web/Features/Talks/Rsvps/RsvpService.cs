using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Talks.Schedule;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Talks.Rsvps;

public enum RsvpStatus
{
    None,
    Seated,
    Waitlisted,
}

/// <summary>RSVPs, the waitlist and the join link. Seats are taken in one SQL statement, so two members pressing for the last seat cannot both get it.</summary>
public sealed class RsvpService(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, NotificationCenter notifications, PointsService points,
    TalkEvents events, TimeProvider clock, IStringLocalizer<TalksText> text)
{
    /// <summary>Who may come to <paramref name="talk"/>; staff and the talk's guest always may.</summary>
    public async Task<TalkRefusal> MayAttendAsync(string? userId, Talk talk, CancellationToken cancellationToken = default) =>
        MayAttend(await access.ViewerAsync(userId, cancellationToken), talk);

    /// <summary>The same, for a viewer already read (one read for many talks).</summary>
    public TalkRefusal MayAttend(Viewer viewer, Talk talk) => TalkRules.Attend(viewer, talk, access.MemberContent(viewer, talk.MinimumRank));

    public string Refusal(TalkRefusal refusal) => text[$"Refused.{refusal}"];

    public async Task<Outcome<RsvpStatus>> RsvpAsync(string? userId, int talkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var talk = await db.Set<Talk>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == talkId, cancellationToken);
        var refusal = talk is null ? TalkRefusal.Unknown : await MayAttendAsync(userId, talk, cancellationToken);
        if (refusal == TalkRefusal.None)
        {
            refusal = TalkRules.Rsvp(talk!, clock.GetUtcNow().UtcDateTime);
        }
        if (refusal != TalkRefusal.None)
        {
            return Outcome<RsvpStatus>.Refused(Refusal(refusal));
        }
        // One statement: the seat count and the insert happen under one lock together (SeatLock).
        var seats = talk!.Capacity ?? int.MaxValue;
        await using (var seatLock = await SeatLock.TakeAsync(db, talkId, cancellationToken))
        {
            await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "TalkRsvps" ("TalkId", "UserId", "IsWaitlisted", "CreatedAtUtc")
            SELECT {talkId}, {userId},
                   CASE WHEN (SELECT COUNT(*) FROM "TalkRsvps" WHERE "TalkId" = {talkId} AND NOT "IsWaitlisted") >= {seats} THEN TRUE ELSE FALSE END,
                   {clock.GetUtcNow().UtcDateTime}
            WHERE TRUE
            ON CONFLICT DO NOTHING
            """, cancellationToken);
            await (seatLock?.CommitAsync(cancellationToken) ?? Task.CompletedTask);
        }
        var status = await StatusAsync(db, talkId, userId!, cancellationToken);
        events.Raise(talkId);
        return Outcome<RsvpStatus>.Ok(status);
    }

    /// <summary>Gives the seat (or the waitlist place) back; the first on the waitlist moves up and is told.</summary>
    public async Task<Outcome> CancelAsync(string? userId, int talkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var removed = await db.Set<TalkRsvp>().Where(r => r.TalkId == talkId && r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return Outcome.Refused(Refusal(TalkRefusal.NotGoing));
        }
        await PromoteAsync(talkId, cancellationToken);
        events.Raise(talkId);
        return Outcome.Ok;
    }

    /// <summary>Moves waiting members into free seats, oldest first, and tells each of them.</summary>
    public async Task<int> PromoteAsync(int talkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var talk = await db.Set<Talk>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == talkId, cancellationToken);
        if (talk is null || talk.CanceledAtUtc is not null)
        {
            return 0;
        }
        var promoted = new List<string>();
        await using var seatLock = await SeatLock.TakeAsync(db, talkId, cancellationToken);
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var next = await db.Set<TalkRsvp>().Where(r => r.TalkId == talkId && r.IsWaitlisted).OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id)
                .Select(r => new { r.Id, r.UserId }).FirstOrDefaultAsync(cancellationToken);
            if (next is null)
            {
                break;
            }
            var updated = await db.Database.ExecuteSqlAsync($"""
                UPDATE "TalkRsvps" SET "IsWaitlisted" = FALSE, "PromotedAtUtc" = {now}
                WHERE "Id" = {next.Id} AND "IsWaitlisted"
                  AND (SELECT COUNT(*) FROM "TalkRsvps" WHERE "TalkId" = {talkId} AND NOT "IsWaitlisted") < {talk.Capacity ?? int.MaxValue}
                """, cancellationToken);
            if (updated == 0)
            {
                break;
            }
            promoted.Add(next.UserId);
            notifications.Add(db, NotificationKinds.TalkSeatFreed, next.UserId, $"/talks/{talkId}", "", talk.Title);
        }
        if (promoted.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        await (seatLock?.CommitAsync(cancellationToken) ?? Task.CompletedTask);
        if (promoted.Count > 0)
        {
            promoted.ForEach(notifications.Announce);
            events.Raise(talkId);
        }
        return promoted.Count;
    }

    /// <summary>The join link, for a member with a seat inside the join window; each join is recorded as attendance.</summary>
    public async Task<Outcome<string>> JoinAsync(string? userId, int talkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var talk = await db.Set<Talk>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == talkId, cancellationToken);
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        var refusal = talk is null ? TalkRefusal.Unknown : MayAttend(viewer, talk);
        var now = clock.GetUtcNow().UtcDateTime;
        if (refusal == TalkRefusal.None)
        {
            var hasPlace = TalkRules.HasPlace(talk!, viewer, await StatusAsync(db, talkId, userId!, cancellationToken) == RsvpStatus.Seated);
            refusal = TalkRules.Join(talk!, hasPlace, now);
        }
        if (refusal != TalkRefusal.None)
        {
            return Outcome<string>.Refused(Refusal(refusal));
        }
        var attendance = await db.Set<TalkAttendance>().SingleOrDefaultAsync(a => a.TalkId == talkId && a.UserId == userId, cancellationToken);
        if (attendance is null)
        {
            db.Add(new TalkAttendance { TalkId = talkId, UserId = userId!, FirstJoinedAtUtc = now, Joins = 1 });
            await points.AddAwardAsync(db, userId!, PointKinds.TalkAttended, $"talk:{talkId}", cancellationToken);
        }
        else
        {
            attendance.Joins++;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two tabs joined at the same moment: the other one recorded the attendance; the member still gets the link.
        }
        return Outcome<string>.Ok(talk!.JoinUrl);
    }

    /// <summary>The replay link for anyone who may come to the talk; each member's first view is recorded.</summary>
    public async Task<Outcome<string>> WatchReplayAsync(string? userId, int talkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var talk = await db.Set<Talk>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == talkId, cancellationToken);
        var refusal = talk is null ? TalkRefusal.Unknown : await MayAttendAsync(userId, talk, cancellationToken);
        if (refusal == TalkRefusal.None && string.IsNullOrEmpty(talk!.ReplayUrl))
        {
            refusal = TalkRefusal.Unknown;
        }
        if (refusal != TalkRefusal.None)
        {
            return Outcome<string>.Refused(Refusal(refusal));
        }
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "TalkReplayViews" ("TalkId", "UserId", "ViewedAtUtc") VALUES ({talkId}, {userId}, {clock.GetUtcNow().UtcDateTime}) ON CONFLICT DO NOTHING""", cancellationToken);
        return Outcome<string>.Ok(talk!.ReplayUrl!);
    }

    public static async Task<RsvpStatus> StatusAsync(AppDbContext db, int talkId, string userId, CancellationToken cancellationToken)
    {
        var rsvp = await db.Set<TalkRsvp>().AsNoTracking().Where(r => r.TalkId == talkId && r.UserId == userId)
            .Select(r => new { r.IsWaitlisted }).SingleOrDefaultAsync(cancellationToken);
        return rsvp is null ? RsvpStatus.None : rsvp.IsWaitlisted ? RsvpStatus.Waitlisted : RsvpStatus.Seated;
    }
}
