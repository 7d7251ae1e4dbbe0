using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Memberships.Passes;

/// <summary>
/// Reminders 14 and 3 days before a pass ends (a notification, e-mailed like the others), since a pass paid with Alipay
/// or WeChat Pay does not renew by itself. Each goes out once per end date: the key holds the end it was about, so a
/// renewal's new end gets its own reminders, and a pass first seen 2 days before its end gets only the 3-day one.
/// </summary>
public sealed class PassReminders(IDbContextFactory<AppDbContext> contexts, NotificationCenter notifications, TimeProvider clock)
{
    public async Task<int> ScanAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(14);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ending = await db.Set<Membership>().AsNoTracking()
            .Where(m => m.Source == MembershipSource.Pass && m.Status != MembershipStatus.Ended
                        && m.CurrentPeriodEndUtc > now && m.CurrentPeriodEndUtc <= horizon)
            .Select(m => new
            {
                m.UserId, End = m.CurrentPeriodEndUtc!.Value,
                Sent = db.Set<PassReminderSent>().Where(s => s.UserId == m.UserId && s.PassEndsAtUtc == m.CurrentPeriodEndUtc).Select(s => s.Kind).ToList(),
            })
            .ToListAsync(cancellationToken);
        var due = ending.Select(e => new { e.UserId, e.End, Kind = PassTerm.ReminderDue(e.End, now), e.Sent })
            .Where(e => e.Kind is not null && !e.Sent.Contains(e.Kind))
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }
        var told = new List<string>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var reminder in due)
        {
            // The key decides: a pass running at the same moment (or one before a restart) already claimed it.
            var claimed = await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "PassRemindersSent" ("UserId", "PassEndsAtUtc", "Kind", "SentAtUtc") VALUES ({reminder.UserId}, {reminder.End}, {reminder.Kind}, {now}) ON CONFLICT DO NOTHING""",
                cancellationToken);
            if (claimed == 1)
            {
                notifications.Add(db, NotificationKinds.PassEnding, reminder.UserId, "/billing", "",
                    reminder.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                told.Add(reminder.UserId);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        told.ForEach(notifications.Announce);
        return told.Count;
    }
}

/// <summary>Runs the pass reminders every hour (on the app's clock), and once at start-up to catch up.</summary>
public sealed class PassReminderService(PassReminders reminders, Infrastructure.Jobs.JobLeases leases, TimeProvider clock, ILogger<PassReminderService> logger) : Infrastructure.PeriodicPass(leases, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task<int> PassAsync(CancellationToken cancellationToken) => reminders.ScanAsync(cancellationToken);
}
