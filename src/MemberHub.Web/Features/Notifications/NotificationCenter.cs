using System.Security.Cryptography;
using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Notifications;

/// <summary>Tells open pages (the bell) that a member's notifications changed.</summary>
public sealed class NotificationHub : Infrastructure.Live.ChangeNotifier<string>;

public sealed record NotificationView(long Id, string Kind, string Actor, string Subject, string Link, DateTime CreatedAtUtc, bool IsRead);

/// <summary>
/// The one notification centre. A feature adds its notifications to its own unit of work (<see cref="Add"/>), so they
/// are committed with their cause or not at all, and calls <see cref="Announce"/> after saving so open bells move at
/// once; <see cref="NotifyAsync"/> does both for a notification that has no cause to commit with. E-mail is left to
/// <see cref="NotificationMailer"/>.
/// </summary>
public sealed class NotificationCenter(IDbContextFactory<AppDbContext> contexts, NotificationHub hub, TimeProvider clock,
    Infrastructure.Caching.PerUserCache<UnreadCount> unread)
{
    public async Task NotifyAsync(string kind, string recipientId, string link, string actor = "", string subject = "", CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Add(db, kind, recipientId, link, actor, subject);
        await db.SaveChangesAsync(cancellationToken);
        hub.Raise(recipientId);
    }

    /// <summary>Adds a notification to a caller's unit of work (committed with its cause); call <see cref="Announce"/> after saving.</summary>
    public void Add(AppDbContext db, string kind, string recipientId, string link, string actor = "", string subject = "") =>
        db.Add(new Notification
        {
            RecipientId = recipientId,
            Kind = kind,
            Link = link,
            Actor = Truncate(actor, 100),
            Subject = Truncate(subject, Notification.SubjectMaxLength),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });

    public void Announce(string recipientId) => hub.Raise(recipientId);

    /// <summary>Kept in memory until a notification of the member is saved (<see cref="UnreadChanges"/>) or marked read.</summary>
    public async Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken = default) =>
        (await unread.GetAsync(userId, async cancel =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancel);
            return new UnreadCount(await db.Set<Notification>().CountAsync(n => n.RecipientId == userId && n.ReadAtUtc == null, cancel));
        }, cancellationToken)).Value;

    public async Task<IReadOnlyList<NotificationView>> ListAsync(string userId, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Notification>().AsNoTracking().Where(n => n.RecipientId == userId)
            .OrderByDescending(n => n.Id).Take(take)
            .Select(n => new NotificationView(n.Id, n.Kind, n.Actor, n.Subject, n.Link, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Marks one (or, with null, every) notification of the member read. Someone else's id changes nothing.</summary>
    public async Task MarkReadAsync(string userId, long? notificationId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<Notification>()
            .Where(n => n.RecipientId == userId && n.ReadAtUtc == null && (notificationId == null || n.Id == notificationId))
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
        // A bulk update passes the change tracker by, so UnreadChanges does not see it.
        unread.Changed(userId);
        hub.Raise(userId);
    }

    public async Task<NotificationSettings> SettingsAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await EnsureSettingsAsync(db, userId, cancellationToken);
    }

    public async Task SaveSettingsAsync(string userId, bool dailyDigest, IEnumerable<string> mutedKinds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await EnsureSettingsAsync(db, userId, cancellationToken);
        settings.DailyDigest = dailyDigest;
        settings.MutedKinds = string.Join(',', mutedKinds.Where(k => NotificationKinds.All.Contains(k) || k == "*").Distinct());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The link in every e-mail: works without logging in, for the holder of the member's token.</summary>
    public async Task<bool> UnsubscribeAsync(string userId, string token, string kind, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.Set<NotificationSettings>().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (settings is null || settings.UnsubscribeToken.Length == 0
            || !CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(settings.UnsubscribeToken), System.Text.Encoding.UTF8.GetBytes(token)))
        {
            return false;
        }
        if (kind != "*" && !NotificationKinds.All.Contains(kind))
        {
            return false;
        }
        var muted = settings.MutedKinds.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        muted.Add(kind);
        settings.MutedKinds = string.Join(',', muted);
        settings.DailyDigest = kind != "*" && settings.DailyDigest;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    internal static async Task<NotificationSettings> EnsureSettingsAsync(AppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var settings = await db.Set<NotificationSettings>().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (settings is null)
        {
            settings = new NotificationSettings { UserId = userId, UnsubscribeToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)) };
            db.Add(settings);
            await db.SaveChangesAsync(cancellationToken);
        }
        return settings;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
