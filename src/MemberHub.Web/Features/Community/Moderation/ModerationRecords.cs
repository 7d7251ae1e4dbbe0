using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Moderation;

public enum ReportReason
{
    Advertising,
    Offensive,
    OffTopic,
    Other,
}

public enum ReportStatus
{
    Open,
    Dismissed,
    Actioned,
}

/// <summary>A member's report of a post. One per reporter per post.</summary>
public sealed class Report
{
    public const int DetailsMaxLength = 1_000;

    public int Id { get; set; }
    public string ContentKind { get; set; } = "";
    public int ContentId { get; set; }
    public string ContentAuthorId { get; set; } = "";
    public string ReporterId { get; set; } = "";
    public ReportReason Reason { get; set; }
    public string Details { get; set; } = "";
    public ReportStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? ResolvedById { get; set; }
    public DateTime? ResolvedAtUtc { get; set; }
}

public enum ModerationActionKind
{
    Dismiss,
    Hide,
    Restore,
    Warn,
    Suspend,
    LiftSuspension,
    Ban,
    Unban,
}

/// <summary>The audit log: who did what to whom, when and why.</summary>
public sealed class ModerationAction
{
    public int Id { get; set; }
    public string ActorId { get; set; } = "";
    public ModerationActionKind Action { get; set; }
    public string? TargetUserId { get; set; }
    public string? ContentKind { get; set; }
    public int? ContentId { get; set; }
    public int? ReportId { get; set; }
    public string Reason { get; set; } = "";
    public int? Days { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>Where a member stands with the moderators: suspended (may read, may not post) or banned (no access).</summary>
public sealed class MemberStanding
{
    public string UserId { get; set; } = "";
    public DateTime? SuspendedUntilUtc { get; set; }
    public DateTime? BannedAtUtc { get; set; }
    public string? BanReason { get; set; }
    public int WarningCount { get; set; }
}

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> report)
    {
        report.ToTable("Reports");
        report.HasIndex(r => new { r.ContentKind, r.ContentId, r.ReporterId }).IsUnique();
        report.HasIndex(r => new { r.Status, r.CreatedAtUtc });
        report.Property(r => r.ContentKind).HasMaxLength(40);
        report.Property(r => r.Reason).HasConversion<string>().HasMaxLength(20);
        report.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        report.Property(r => r.Details).HasMaxLength(Report.DetailsMaxLength);
        report.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ModerationActionConfiguration : IEntityTypeConfiguration<ModerationAction>
{
    public void Configure(EntityTypeBuilder<ModerationAction> action)
    {
        action.ToTable("ModerationActions");
        action.HasIndex(a => a.CreatedAtUtc);
        action.HasIndex(a => a.TargetUserId);
        action.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        action.Property(a => a.ContentKind).HasMaxLength(40);
        action.Property(a => a.Reason).HasMaxLength(2_000);
    }
}

internal sealed class MemberStandingConfiguration : IEntityTypeConfiguration<MemberStanding>
{
    public void Configure(EntityTypeBuilder<MemberStanding> standing)
    {
        standing.ToTable("MemberStandings");
        standing.HasKey(s => s.UserId);
        standing.Property(s => s.BanReason).HasMaxLength(2_000);
        standing.HasOne<ApplicationUser>().WithOne().HasForeignKey<MemberStanding>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
