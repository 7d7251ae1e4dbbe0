namespace MemberHub.Web.Features.Notifications;

/// <summary>Strings of the bell, the notifications pages and notification e-mails (NotificationsText.resx, NotificationsText.zh-Hans.resx).</summary>
public sealed class NotificationsText;
