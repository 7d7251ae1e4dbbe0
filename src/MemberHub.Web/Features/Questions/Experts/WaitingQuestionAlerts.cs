using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Experts;

/// <summary>
/// A question that has waited longer than the Owner's threshold (<see cref="CommunitySettings.ExpertAlertHours"/>) for
/// an expert's first answer alerts the experts and the Owner, once per question: a notification, and an e-mail unless they
/// switched that kind off. An answer before the alert means no alert; the mark survives restarts.
/// </summary>
public sealed class WaitingQuestionAlerts(
    IDbContextFactory<AppDbContext> contexts, CommunitySettingsService community, NotificationCenter notifications, TimeProvider clock)
{
    /// <summary>One pass: alerts for every question now past the threshold; returns how many questions it alerted for.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken = default)
    {
        var hours = (await community.GetAsync(cancellationToken)).ExpertAlertHours;
        if (hours <= 0)
        {
            return 0;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var askedBefore = now.AddHours(-hours);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = await db.Set<Question>().AsNoTracking()
            .Where(q => q.State == QuestionState.Open && q.FirstExpertAnswerAtUtc == null && !q.IsHidden && !q.IsDeleted
                        && q.CreatedAtUtc <= askedBefore && q.WaitAlertSentAtUtc == null)
            .OrderBy(q => q.Id).Take(100)
            .Select(q => new { q.Id, q.AuthorId, q.Title })
            .ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return 0;
        }
        // Experts and the Owner as they are now: a banned one hears nothing.
        var staff = await db.UserRoles
            .Where(r => db.Roles.Any(role => role.Id == r.RoleId && (role.Name == AppRoles.Expert || role.Name == AppRoles.Owner)))
            .Where(r => !db.Set<MemberStanding>().Any(s => s.UserId == r.UserId && s.BannedAtUtc != null))
            .Select(r => r.UserId).Distinct().ToListAsync(cancellationToken);
        var alerted = 0;
        foreach (var question in waiting)
        {
            // Claimed with its notifications in one transaction: two passes at once (or two instances) alert once.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Set<Question>().Where(q => q.Id == question.Id && q.WaitAlertSentAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.WaitAlertSentAtUtc, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }
            foreach (var recipient in staff.Where(id => id != question.AuthorId))
            {
                notifications.Add(db, NotificationKinds.QuestionWaiting, recipient, $"/questions/{question.Id}", "", question.Title);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            alerted++;
        }
        staff.ForEach(notifications.Announce);
        return alerted;
    }
}

/// <summary>Runs the waiting-question pass every five minutes (on the app's clock), and once at start-up.</summary>
public sealed class WaitingQuestionAlertService(WaitingQuestionAlerts alerts, Infrastructure.Jobs.JobLeases leases, TimeProvider clock, ILogger<WaitingQuestionAlertService> logger)
    : Infrastructure.PeriodicPass(leases, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(5);

    protected override Task<int> PassAsync(CancellationToken cancellationToken) => alerts.ScanAsync(cancellationToken);
}
