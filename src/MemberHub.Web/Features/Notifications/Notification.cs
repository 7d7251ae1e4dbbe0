using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Notifications;

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
