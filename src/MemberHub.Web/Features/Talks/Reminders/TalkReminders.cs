using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Features.Talks.Schedule;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Talks.Reminders;

/// <summary>
/// Reminders 24 hours and 1 hour before a talk, to everyone with a seat. A reminder is sent only while it is still
/// useful: after downtime, a talk starting within the hour gets the 1-hour reminder only, and a talk that has started
/// gets none. What was sent is stored under a unique key, so nothing goes out twice, also across restarts.
/// </summary>
public sealed class TalkReminders(
    IDbContextFactory<AppDbContext> contexts, NotificationCenter notifications, MemberAccess access, RsvpService rsvps, TalkEvents events, TimeProvider clock)
{
    public const string DayBefore = "24h";
    public const string HourBefore = "1h";

    /// <summary>Which reminder is due for a talk starting at <paramref name="startsAtUtc"/>, if any.</summary>
    public static string? Due(DateTime startsAtUtc, DateTime nowUtc) =>
        nowUtc >= startsAtUtc ? null
        : nowUtc >= startsAtUtc.AddHours(-1) ? HourBefore
        : nowUtc >= startsAtUtc.AddHours(-24) ? DayBefore
        : null;

    /// <summary>One pass: sends what is due now and returns how many reminders went out. One query finds every (talk, member, kind) not yet sent.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var dayMark = now.AddHours(24);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var seated = await (
                from talk in db.Set<Talk>()
                where talk.StartsAtUtc > now && talk.StartsAtUtc <= dayMark && talk.CanceledAtUtc == null
                from rsvp in db.Set<TalkRsvp>()
                where rsvp.TalkId == talk.Id && !rsvp.IsWaitlisted
                select new
                {
                    talk.Id, talk.Title, talk.StartsAtUtc, rsvp.UserId,
                    Sent = db.Set<TalkReminderSent>().Where(s => s.TalkId == talk.Id && s.UserId == rsvp.UserId).Select(s => s.Kind).ToList(),
                })
            .AsNoTracking().ToListAsync(cancellationToken);
        // Which reminder is due is the tested rule (Due), not a second copy of it in the query.
        var due = seated.Select(s => new { s.Id, s.Title, s.UserId, Kind = Due(s.StartsAtUtc, now), s.Sent })
            .Where(s => s.Kind is not null && !s.Sent.Contains(s.Kind))
            .Select(s => new { s.Id, s.Title, s.UserId, Kind = s.Kind! })
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }
        // Seats follow access: whoever lapsed, was downgraded or banned since the RSVP gives the seat up (the waitlist moves up).
        var lost = await LostSeatsAsync(db, due.Select(d => (d.Id, d.UserId)).Distinct().ToList(), cancellationToken);
        due.RemoveAll(d => lost.Contains((d.Id, d.UserId)));
        var told = new List<string>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var reminder in due)
        {
            // The key decides: a pass running at the same moment (or one before a restart) already claimed it.
            var claimed = await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "TalkRemindersSent" ("TalkId", "UserId", "Kind", "SentAtUtc") VALUES ({reminder.Id}, {reminder.UserId}, {reminder.Kind}, {now}) ON CONFLICT DO NOTHING""",
                cancellationToken);
            if (claimed == 1)
            {
                notifications.Add(db, reminder.Kind == HourBefore ? NotificationKinds.TalkStartsSoon : NotificationKinds.TalkTomorrow, reminder.UserId,
                    $"/talks/{reminder.Id}", "", reminder.Title);
                told.Add(reminder.UserId);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        told.Distinct().ToList().ForEach(notifications.Announce);
        return told.Count;
    }

    private async Task<HashSet<(int TalkId, string UserId)>> LostSeatsAsync(AppDbContext db, List<(int TalkId, string UserId)> seats, CancellationToken cancellationToken)
    {
        var lost = new HashSet<(int, string)>();
        var talkIds = seats.Select(s => s.TalkId).Distinct().ToList();
        var talks = await db.Set<Talk>().AsNoTracking().Where(t => talkIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        // Each member is read once per pass, however many of their talks are due.
        foreach (var member in seats.GroupBy(s => s.UserId))
        {
            var viewer = await access.ViewerAsync(member.Key, cancellationToken);
            lost.UnionWith(member.Where(s => rsvps.MayAttend(viewer, talks[s.TalkId]) != TalkRefusal.None));
        }
        foreach (var talkId in lost.Select(l => l.Item1).Distinct())
        {
            var users = lost.Where(l => l.Item1 == talkId).Select(l => l.Item2).ToList();
            await db.Set<TalkRsvp>().Where(r => r.TalkId == talkId && users.Contains(r.UserId)).ExecuteDeleteAsync(cancellationToken);
            // The talk's counts and the seats its readers see were read with these rows.
            events.Raise(talkId);
            await rsvps.PromoteAsync(talkId, cancellationToken);
        }
        return lost;
    }
}

/// <summary>Runs the reminder pass every minute (on the app's clock), and once at start-up to catch up.</summary>
public sealed class TalkReminderService(TalkReminders reminders, Infrastructure.Jobs.JobLeases leases, TimeProvider clock, ILogger<TalkReminderService> logger) : Infrastructure.PeriodicPass(leases, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override Task<int> PassAsync(CancellationToken cancellationToken) => reminders.ScanAsync(cancellationToken);
}
