using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Introductions;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Community.Moderation;

public sealed record QueueReport(int Id, string ReporterName, ReportReason Reason, string Details, DateTime CreatedAtUtc);

public sealed record QueueItem(ModeratedItem Content, string AuthorName, IReadOnlyList<QueueReport> Reports);

/// <summary>
/// The moderators' tools: the report queue, and dismiss, hide, restore, warn, suspend and ban. Every action is
/// checked against the actor's role on the server, written to the audit log in the same transaction, and told
/// to the people it concerns through the notification centre.
/// </summary>
public sealed class ModerationService(
    IDbContextFactory<AppDbContext> contexts, ModeratedContentRegistry registry, MemberAccess access, StaffDirectory staff,
    BillingService billing, NotificationCenter notifications, IntroductionEvents introductionEvents, TimeProvider clock,
    IStringLocalizer<CommunityText> text)
{
    public const int ReasonMaxLength = 2_000;
    public const int MaxSuspensionDays = 365;

    public async Task<Outcome<IReadOnlyList<QueueItem>>> QueueAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        if (!(await access.ModerateAsync(actorId, cancellationToken)).Allowed)
        {
            return Outcome<IReadOnlyList<QueueItem>>.Refused(text["Moderation.ModeratorsOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.Set<Report>().AsNoTracking().Where(r => r.Status == ReportStatus.Open).OrderBy(r => r.Id).Take(500).ToListAsync(cancellationToken);
        var names = await DisplayNames.OfAsync(db, open.SelectMany(r => new[] { r.ReporterId, r.ContentAuthorId }), cancellationToken);
        var items = new List<QueueItem>();
        foreach (var group in open.GroupBy(r => (r.ContentKind, r.ContentId)))
        {
            if (registry.Find(group.Key.ContentKind) is not { } kind || await kind.FindAsync(db, group.Key.ContentId, cancellationToken) is not { } content)
            {
                continue;
            }
            items.Add(new QueueItem(content, names.GetValueOrDefault(content.AuthorId, "?"),
                group.Select(r => new QueueReport(r.Id, names.GetValueOrDefault(r.ReporterId, "?"), r.Reason, r.Details, r.CreatedAtUtc)).ToList()));
        }
        return Outcome<IReadOnlyList<QueueItem>>.Ok(items);
    }

    /// <summary>Closes the open reports on a post without acting on it.</summary>
    public Task<Outcome> DismissAsync(string? actorId, string kind, int contentId, string reason, CancellationToken cancellationToken = default) =>
        OnContentAsync(actorId, kind, contentId, reason, ModerationActionKind.Dismiss, reasonRequired: false, cancellationToken);

    /// <summary>Hides a post from members (it stays in the database for appeal) and closes its reports.</summary>
    public Task<Outcome> HideAsync(string? actorId, string kind, int contentId, string reason, CancellationToken cancellationToken = default) =>
        OnContentAsync(actorId, kind, contentId, reason, ModerationActionKind.Hide, reasonRequired: true, cancellationToken);

    public Task<Outcome> RestoreAsync(string? actorId, string kind, int contentId, string reason, CancellationToken cancellationToken = default) =>
        OnContentAsync(actorId, kind, contentId, reason, ModerationActionKind.Restore, reasonRequired: false, cancellationToken);

    public Task<Outcome> WarnAsync(string? actorId, string targetUserId, string message, CancellationToken cancellationToken = default) =>
        OnMemberAsync(actorId, targetUserId, message, ModerationActionKind.Warn, null, false, cancellationToken);

    public Task<Outcome> SuspendAsync(string? actorId, string targetUserId, int days, string reason, CancellationToken cancellationToken = default) =>
        days is < 1 or > MaxSuspensionDays
            ? Task.FromResult(Outcome.Refused(text["Moderation.Days", MaxSuspensionDays], "Days"))
            : OnMemberAsync(actorId, targetUserId, reason, ModerationActionKind.Suspend, days, false, cancellationToken);

    public Task<Outcome> LiftSuspensionAsync(string? actorId, string targetUserId, string reason, CancellationToken cancellationToken = default) =>
        OnMemberAsync(actorId, targetUserId, reason, ModerationActionKind.LiftSuspension, null, false, cancellationToken);

    /// <summary>Ends the member's access. The subscription stops at period end, or now if the Owner says so.</summary>
    public Task<Outcome> BanAsync(string? actorId, string targetUserId, string reason, bool cancelSubscriptionNow, CancellationToken cancellationToken = default) =>
        OnMemberAsync(actorId, targetUserId, reason, ModerationActionKind.Ban, null, cancelSubscriptionNow, cancellationToken);

    public Task<Outcome> UnbanAsync(string? actorId, string targetUserId, string reason, CancellationToken cancellationToken = default) =>
        OnMemberAsync(actorId, targetUserId, reason, ModerationActionKind.Unban, null, false, cancellationToken);

    private async Task<Outcome> OnContentAsync(string? actorId, string kind, int contentId, string reason, ModerationActionKind action,
        bool reasonRequired, CancellationToken cancellationToken)
    {
        if (!(await access.ModerateAsync(actorId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Moderation.ModeratorsOnly"]);
        }
        if (CheckReason(reason, reasonRequired) is { } bad)
        {
            return bad;
        }
        if (registry.Find(kind) is not { } content)
        {
            return Outcome.Refused(text["Report.Unknown"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await content.FindAsync(db, contentId, cancellationToken);
        if (item is null)
        {
            return Outcome.Refused(text["Report.Unknown"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (action is ModerationActionKind.Hide or ModerationActionKind.Restore)
        {
            await content.SetHiddenAsync(db, contentId, action == ModerationActionKind.Hide, cancellationToken);
            notifications.Add(db, action == ModerationActionKind.Hide ? NotificationKinds.PostHidden : NotificationKinds.PostRestored,
                item.AuthorId, item.Link, subject: reason.Trim());
        }
        var reports = await db.Set<Report>().Where(r => r.ContentKind == kind && r.ContentId == contentId && r.Status == ReportStatus.Open).ToListAsync(cancellationToken);
        foreach (var report in reports)
        {
            report.Status = action == ModerationActionKind.Dismiss ? ReportStatus.Dismissed : ReportStatus.Actioned;
            report.ResolvedById = actorId;
            report.ResolvedAtUtc = now;
            // The outcome is stored as its name and put into words in the reporter's language when read.
            notifications.Add(db, NotificationKinds.ReportResolved, report.ReporterId, item.Link, subject: report.Status.ToString());
        }
        db.Add(new ModerationAction
        {
            ActorId = actorId!, Action = action, TargetUserId = item.AuthorId, ContentKind = kind, ContentId = contentId,
            ReportId = reports.FirstOrDefault()?.Id, Reason = reason.Trim(), CreatedAtUtc = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        foreach (var recipient in reports.Select(r => r.ReporterId).Append(item.AuthorId).Distinct())
        {
            notifications.Announce(recipient);
        }
        introductionEvents.Raise(0);
        return Outcome.Ok;
    }

    private async Task<Outcome> OnMemberAsync(string? actorId, string targetUserId, string reason, ModerationActionKind action, int? days,
        bool cancelSubscriptionNow, CancellationToken cancellationToken)
    {
        var actor = await access.ViewerAsync(actorId, cancellationToken);
        if (!AccessRules.Moderate(actor).Allowed)
        {
            return Outcome.Refused(text["Moderation.ModeratorsOnly"]);
        }
        if (CheckReason(reason, required: action is ModerationActionKind.Warn or ModerationActionKind.Suspend or ModerationActionKind.Ban) is { } bad)
        {
            return bad;
        }
        if (targetUserId == actorId)
        {
            return Outcome.Refused(text["Moderation.NotYourself"]);
        }
        var targetRoles = await staff.RolesOfAsync(targetUserId, cancellationToken);
        if (targetRoles.Contains(AppRoles.Owner))
        {
            return Outcome.Refused(text["Moderation.NotOwner"]);
        }
        // Moderators act on members; only the Owner acts on staff or cancels a subscription at once.
        if (!actor.IsOwner && (targetRoles.Count > 0 || cancelSubscriptionNow))
        {
            return Outcome.Refused(text["Moderation.OwnerDecides"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == targetUserId, cancellationToken))
        {
            return Outcome.Refused(text["Members.Unknown"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var standing = await db.Set<MemberStanding>().SingleOrDefaultAsync(s => s.UserId == targetUserId, cancellationToken);
        if (standing is null)
        {
            standing = new MemberStanding { UserId = targetUserId };
            db.Add(standing);
        }
        switch (action)
        {
            case ModerationActionKind.Warn:
                standing.WarningCount++;
                notifications.Add(db, NotificationKinds.Warning, targetUserId, "/notifications", subject: reason.Trim());
                break;
            case ModerationActionKind.Suspend:
                standing.SuspendedUntilUtc = now.AddDays(days!.Value);
                notifications.Add(db, NotificationKinds.Suspended, targetUserId, "/notifications", subject: reason.Trim());
                break;
            case ModerationActionKind.LiftSuspension when standing.SuspendedUntilUtc is null || standing.SuspendedUntilUtc <= now:
                return Outcome.Refused(text["Moderation.NotSuspended"]);
            case ModerationActionKind.LiftSuspension:
                standing.SuspendedUntilUtc = null;
                break;
            case ModerationActionKind.Ban when standing.BannedAtUtc is not null:
                return Outcome.Refused(text["Moderation.AlreadyBanned"]);
            case ModerationActionKind.Ban:
                var stopped = await billing.StopForBanAsync(targetUserId, cancelSubscriptionNow, cancellationToken);
                if (!stopped.Succeeded)
                {
                    return stopped;
                }
                standing.BannedAtUtc = now;
                standing.BanReason = reason.Trim();
                notifications.Add(db, NotificationKinds.Banned, targetUserId, "/notifications", subject: reason.Trim());
                break;
            case ModerationActionKind.Unban when standing.BannedAtUtc is null:
                return Outcome.Refused(text["Moderation.NotBanned"]);
            case ModerationActionKind.Unban:
                standing.BannedAtUtc = null;
                standing.BanReason = null;
                break;
        }
        db.Add(new ModerationAction
        {
            ActorId = actorId!, Action = action, TargetUserId = targetUserId, Reason = reason.Trim(), Days = days, CreatedAtUtc = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        notifications.Announce(targetUserId);
        return Outcome.Ok;
    }

    private Outcome? CheckReason(string? reason, bool required) =>
        required && string.IsNullOrWhiteSpace(reason) ? Outcome.Refused(text["Moderation.ReasonRequired"], "Reason")
        : (reason?.Length ?? 0) > ReasonMaxLength ? Outcome.Refused(text["Moderation.ReasonTooLong", ReasonMaxLength], "Reason")
        : null;

}
