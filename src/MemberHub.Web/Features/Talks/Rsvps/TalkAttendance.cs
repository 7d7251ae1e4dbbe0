using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Talks.Rsvps;

/// <summary>Each join through the talk's join link; the first one counts as attendance.</summary>
public sealed class TalkAttendance
{
    public int TalkId { get; set; }
    public string UserId { get; set; } = "";
    public DateTime FirstJoinedAtUtc { get; set; }
    public int Joins { get; set; }
}

internal sealed class TalkAttendanceConfiguration : IEntityTypeConfiguration<TalkAttendance>
{
    public void Configure(EntityTypeBuilder<TalkAttendance> attendance)
    {
        attendance.ToTable("TalkAttendances");
        attendance.HasKey(a => new { a.TalkId, a.UserId });
        attendance.Property(a => a.UserId).HasMaxLength(450);
        attendance.HasOne<Schedule.Talk>().WithMany().HasForeignKey(a => a.TalkId).OnDelete(DeleteBehavior.Cascade);
    }
}
