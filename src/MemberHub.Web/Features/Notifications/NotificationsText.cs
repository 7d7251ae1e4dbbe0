namespace MemberHub.Web.Features.Notifications;

/// <summary>Strings of the bell, the notifications pages and notification e-mails (NotificationsText.resx, NotificationsText.zh-Hans.resx).</summary>
public sealed class NotificationsText
{
    /// <summary>
    /// The one line a notification reads as, in the reader's language. A subject stored as a word of ours (the outcome
    /// of a report) is translated here, when it is read, rather than in the language of whoever caused it.
    /// </summary>
    public static string Sentence(Microsoft.Extensions.Localization.IStringLocalizer<NotificationsText> text, string kind, string actor, string subject)
    {
        var words = kind == NotificationKinds.ReportResolved && text[$"Outcome.{subject}"] is { ResourceNotFound: false } outcome ? outcome.Value : subject;
        return text[$"Kind.{kind}", actor, words];
    }
}
