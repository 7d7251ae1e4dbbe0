using MemberHub.Web.Data;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Email;
using MemberHub.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Notifications;

/// <summary>
/// Sends notification e-mails in the recipient's language: at once, or gathered into one daily digest for members
/// who chose it (warnings, suspensions and bans always go at once). Every e-mail carries unsubscribe links that work
/// without logging in.
/// </summary>
public sealed class NotificationMailer(
    IDbContextFactory<AppDbContext> contexts, IEmailTransport transport, IStringLocalizer<NotificationsText> text,
    ICommunityDefaults defaults, IOptions<AppOptions> app, IOptions<NotificationOptions> options, TimeProvider clock,
    ILogger<NotificationMailer> logger) : BackgroundService
{
    public static readonly TimeSpan DigestEvery = TimeSpan.FromDays(1);

    // One pass at a time, so two passes never send the same e-mail.
    private readonly SemaphoreSlim pass = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.MailerIntervalSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Sending notification e-mails failed; trying again next round");
            }
        }
    }

    /// <summary>One pass: returns how many e-mails went out.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await pass.WaitAsync(cancellationToken);
        try
        {
            return await SendPendingAsync(cancellationToken);
        }
        finally
        {
            pass.Release();
        }
    }

    private async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = await db.Set<Notification>().Where(n => n.EmailedAtUtc == null).OrderBy(n => n.Id).Take(2_000).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var group in pending.GroupBy(n => n.RecipientId))
        {
            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == group.Key, cancellationToken);
            if (user?.Email is null)
            {
                continue;
            }
            var settings = await NotificationCenter.EnsureSettingsAsync(db, user.Id, cancellationToken);
            var language = Cultures.Normalize(user.Language) ?? Cultures.Normalize(await defaults.GetDefaultLanguageAsync()) ?? Cultures.English;
            using var culture = new UiCultureScope(language);
            var wanted = group.Where(n => settings.Emails(n.Kind)).ToList();
            var urgent = wanted.Where(n => !settings.DailyDigest || NotificationKinds.AlwaysEmailed.Contains(n.Kind)).ToList();
            foreach (var notification in urgent)
            {
                await transport.SendAsync(Single(user.Email, user.NameForDisplay, settings, notification), cancellationToken);
                notification.EmailedAtUtc = now;
                sent++;
            }
            var digest = wanted.Except(urgent).ToList();
            var digestDue = settings.LastDigestAtUtc is not { } last || now - last >= DigestEvery;
            if (digest.Count > 0 && digestDue)
            {
                await transport.SendAsync(Digest(user.Email, user.NameForDisplay, settings, digest), cancellationToken);
                settings.LastDigestAtUtc = now;
                digest.ForEach(n => n.EmailedAtUtc = now);
                sent++;
            }
            // Kinds the member does not want by e-mail are settled too, so they are not looked at again.
            foreach (var skipped in group.Where(n => !settings.Emails(n.Kind)))
            {
                skipped.EmailedAtUtc = now;
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return sent;
    }

    public string Sentence(Notification notification) => NotificationsText.Sentence(text, notification.Kind, notification.Actor, notification.Subject);

    private EmailMessage Single(string to, string name, NotificationSettings settings, Notification notification) =>
        EmailLayout.Compose(to, Sentence(notification), [text["Email.Greeting", name], Sentence(notification)],
            text["Email.Open"], app.Value.Link(notification.Link), text["Email.Why"], UnsubscribeLinks(settings, notification.Kind));

    private EmailMessage Digest(string to, string name, NotificationSettings settings, IReadOnlyList<Notification> notifications)
    {
        var lines = notifications.Select(n => $"• {Sentence(n)} — {app.Value.Link(n.Link)}");
        return EmailLayout.Compose(to, text["Email.DigestSubject", notifications.Count],
            [text["Email.Greeting", name], text["Email.DigestIntro"], .. lines],
            text["Email.OpenAll"], app.Value.Link("/notifications"), text["Email.Why"], UnsubscribeLinks(settings, null));
    }

    private IEnumerable<(string, string)> UnsubscribeLinks(NotificationSettings settings, string? kind)
    {
        string Url(string k) => app.Value.Link($"/notifications/unsubscribe?user={Uri.EscapeDataString(settings.UserId)}&token={settings.UnsubscribeToken}&kind={Uri.EscapeDataString(k)}");
        if (kind is not null && !NotificationKinds.AlwaysEmailed.Contains(kind))
        {
            yield return (text["Email.UnsubscribeKind", text[$"KindName.{kind}"]], Url(kind));
        }
        yield return (text["Email.UnsubscribeAll"], Url("*"));
    }
}
