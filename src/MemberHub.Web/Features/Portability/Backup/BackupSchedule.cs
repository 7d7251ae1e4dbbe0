using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Portability.Backup;

/// <summary>The Owner's backup schedule (one row): how often a copy of the database is taken and how many are kept.</summary>
public sealed class BackupSchedule
{
    public const int MaxEveryHours = 24 * 7;
    public const int MaxKeep = 100;

    public int Id { get; set; } = 1;
    public bool Enabled { get; set; } = true;
    public int EveryHours { get; set; } = 24;
    public int Keep { get; set; } = 7;
    public DateTime? LastBackupAtUtc { get; set; }

    public bool IsDue(DateTime nowUtc) => Enabled && (LastBackupAtUtc is not { } last || nowUtc - last >= TimeSpan.FromHours(EveryHours));
}

internal sealed class BackupScheduleConfiguration : IEntityTypeConfiguration<BackupSchedule>
{
    public void Configure(EntityTypeBuilder<BackupSchedule> schedule)
    {
        schedule.ToTable("BackupSchedule");
        schedule.Property(s => s.Id).ValueGeneratedNever();
    }
}
