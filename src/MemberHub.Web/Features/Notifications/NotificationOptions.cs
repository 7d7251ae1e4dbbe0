using System.ComponentModel.DataAnnotations;

namespace MemberHub.Web.Features.Notifications;

public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>How often pending notification e-mails (and due digests) are sent.</summary>
    [Range(5, 3600, ErrorMessage = "must be between 5 and 3600 seconds")]
    public int MailerIntervalSeconds { get; set; } = 60;
}
