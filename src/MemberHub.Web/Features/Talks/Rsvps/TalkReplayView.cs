using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Talks.Rsvps;

/// <summary>Who watched the replay (once per member).</summary>
public sealed class TalkReplayView
{
    public int TalkId { get; set; }
    public string UserId { get; set; } = "";
    public DateTime ViewedAtUtc { get; set; }
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
