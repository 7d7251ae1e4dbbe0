using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Notifications;

/// <summary>
/// The kinds of notification. Each has a line in NotificationsText ("Kind.{kind}", with {0} = who, {1} = what)
/// and an e-mail preference. Features add their kinds here as they land.
/// </summary>
public static class NotificationKinds
{
    public const string Welcomed = "Welcomed";
    public const string IntroductionReply = "IntroductionReply";
    public const string NewIntroduction = "NewIntroduction";
    public const string Warning = "Warning";
    public const string Suspended = "Suspended";
    public const string Banned = "Banned";
    public const string PostHidden = "PostHidden";
    public const string PostRestored = "PostRestored";
    public const string ReportResolved = "ReportResolved";
    public const string NewQuestion = "NewQuestion";
    public const string QuestionAnswered = "QuestionAnswered";
    public const string QuestionCommented = "QuestionCommented";
    public const string AnswerAccepted = "AnswerAccepted";
    public const string QuestionResolved = "QuestionResolved";
    public const string TalkTomorrow = "TalkTomorrow";
    public const string TalkStartsSoon = "TalkStartsSoon";
    public const string TalkCanceled = "TalkCanceled";
    public const string TalkSeatFreed = "TalkSeatFreed";

    public static readonly string[] All =
        [Welcomed, IntroductionReply, NewIntroduction, NewQuestion, QuestionAnswered, QuestionCommented, AnswerAccepted, QuestionResolved,
         TalkTomorrow, TalkStartsSoon, TalkCanceled, TalkSeatFreed,
         Warning, Suspended, Banned, PostHidden, PostRestored, ReportResolved];

    /// <summary>Kinds a member may not switch off by e-mail: moderation that concerns their own standing.</summary>
    public static readonly string[] AlwaysEmailed = [Warning, Suspended, Banned];
}

public sealed class Notification
{
    public const int SubjectMaxLength = 200;

    public long Id { get; set; }
    public string RecipientId { get; set; } = "";
    public string Kind { get; set; } = "";

    /// <summary>Who caused it (a display name), shown as {0}.</summary>
    public string Actor { get; set; } = "";

    /// <summary>What it is about (an excerpt, a reason), shown as {1}.</summary>
    public string Subject { get; set; } = "";

    /// <summary>A path on this site, e.g. /introductions/12.</summary>
    public string Link { get; set; } = "/";

    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }

    /// <summary>When it went out by e-mail (alone or in a digest); null: not yet, or not wanted.</summary>
    public DateTime? EmailedAtUtc { get; set; }
}

/// <summary>A member's e-mail choices: per-kind opt-outs, the daily digest, and the token that unsubscribes without logging in.</summary>
public sealed class NotificationSettings
{
    public string UserId { get; set; } = "";
    public bool DailyDigest { get; set; }

    /// <summary>Kinds not to e-mail, comma-separated ("*" for every kind that may be switched off).</summary>
    public string MutedKinds { get; set; } = "";

    public string UnsubscribeToken { get; set; } = "";
    public DateTime? LastDigestAtUtc { get; set; }

    public bool Emails(string kind) =>
        NotificationKinds.AlwaysEmailed.Contains(kind)
        || !MutedKinds.Split(',', StringSplitOptions.RemoveEmptyEntries).Any(m => m == kind || m == "*");
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("Notifications");
        notification.HasIndex(n => new { n.RecipientId, n.ReadAtUtc });
        notification.HasIndex(n => new { n.EmailedAtUtc, n.CreatedAtUtc });
        notification.Property(n => n.Kind).HasMaxLength(40);
        notification.Property(n => n.Actor).HasMaxLength(100);
        notification.Property(n => n.Subject).HasMaxLength(Notification.SubjectMaxLength);
        notification.Property(n => n.Link).HasMaxLength(300);
        notification.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> settings)
    {
        settings.ToTable("NotificationSettings");
        settings.HasKey(s => s.UserId);
        settings.Property(s => s.MutedKinds).HasMaxLength(500);
        settings.Property(s => s.UnsubscribeToken).HasMaxLength(64);
        settings.HasOne<ApplicationUser>().WithOne().HasForeignKey<NotificationSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
