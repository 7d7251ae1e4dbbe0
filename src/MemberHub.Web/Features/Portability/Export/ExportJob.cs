using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Portability.Export;

public enum ExportState
{
    Queued,
    Running,
    Ready,
    Failed,
}

/// <summary>One export the Owner asked for: its progress while it runs, then the archive until its link expires.</summary>
public sealed class ExportJob
{
    public const int ErrorMaxLength = 500;

    public Guid Id { get; set; }
    public string RequestedById { get; set; } = "";
    public DateTime RequestedAtUtc { get; set; }
    public ExportState State { get; set; }
    public long RowsDone { get; set; }
    public long RowsTotal { get; set; }
    public long? Bytes { get; set; }
    public DateTime? FinishedAtUtc { get; set; }

    /// <summary>When the download stops working and the file is deleted (an archive holds every member's data).</summary>
    public DateTime? ExpiresAtUtc { get; set; }
    public string? Error { get; set; }

    public string FileName => $"memberhub-{RequestedAtUtc:yyyyMMdd-HHmm}.zip";

    public bool IsDownloadable(DateTime nowUtc) => State == ExportState.Ready && ExpiresAtUtc > nowUtc;
}

internal sealed class ExportJobConfiguration : IEntityTypeConfiguration<ExportJob>
{
    public void Configure(EntityTypeBuilder<ExportJob> job)
    {
        job.ToTable("ExportJobs");
        job.Property(j => j.RequestedById).HasMaxLength(450);
        job.Property(j => j.State).HasConversion<string>().HasMaxLength(8);
        job.Property(j => j.Error).HasMaxLength(ExportJob.ErrorMaxLength);
        job.HasIndex(j => j.RequestedAtUtc);
        job.HasOne<ApplicationUser>().WithMany().HasForeignKey(j => j.RequestedById).OnDelete(DeleteBehavior.Cascade);
    }
}
