using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Talks.Rsvps;

/// <summary>A member's place at a talk: a seat, or a place on the waitlist (first come, first promoted).</summary>
public sealed class TalkRsvp
{
    public int Id { get; set; }
    public int TalkId { get; set; }
    public string UserId { get; set; } = "";
    public bool IsWaitlisted { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? PromotedAtUtc { get; set; }
}

/// <summary>Each join through the talk's join link; the first one counts as attendance.</summary>
public sealed class TalkAttendance
{
    public int TalkId { get; set; }
    public string UserId { get; set; } = "";
    public DateTime FirstJoinedAtUtc { get; set; }
    public int Joins { get; set; }
}

/// <summary>Who watched the replay (once per member).</summary>
public sealed class TalkReplayView
{
    public int TalkId { get; set; }
    public string UserId { get; set; } = "";
    public DateTime ViewedAtUtc { get; set; }
}

internal sealed class TalkRsvpConfiguration : IEntityTypeConfiguration<TalkRsvp>
{
    public void Configure(EntityTypeBuilder<TalkRsvp> rsvp)
    {
        rsvp.ToTable("TalkRsvps");
        rsvp.Property(r => r.UserId).HasMaxLength(450);
        rsvp.HasIndex(r => new { r.TalkId, r.UserId }).IsUnique();
        rsvp.HasIndex(r => new { r.TalkId, r.IsWaitlisted, r.CreatedAtUtc });
        rsvp.HasIndex(r => r.UserId);
        rsvp.HasOne<Schedule.Talk>().WithMany().HasForeignKey(r => r.TalkId).OnDelete(DeleteBehavior.Cascade);
    }
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

internal sealed class TalkReplayViewConfiguration : IEntityTypeConfiguration<TalkReplayView>
{
    public void Configure(EntityTypeBuilder<TalkReplayView> view)
    {
        view.ToTable("TalkReplayViews");
        view.HasKey(v => new { v.TalkId, v.UserId });
        view.Property(v => v.UserId).HasMaxLength(450);
        view.HasOne<Schedule.Talk>().WithMany().HasForeignKey(v => v.TalkId).OnDelete(DeleteBehavior.Cascade);
    }
}
