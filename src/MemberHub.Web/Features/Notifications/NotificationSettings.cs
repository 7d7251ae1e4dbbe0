using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Notifications;

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
