using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Moderation;

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
