using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Talks.Rsvps;

/// <summary>A member's place at a talk: a seat, or a place on the waitlist (first come, first promoted).</summary>
public sealed class TalkRsvp : Memberships.TakingPart.ITakingPart
{
    string Memberships.TakingPart.ITakingPart.ParticipantId => UserId;

    public int Id { get; set; }
    public int TalkId { get; set; }
    public string UserId { get; set; } = "";
    public bool IsWaitlisted { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? PromotedAtUtc { get; set; }
}

internal sealed class TalkRsvpConfiguration : IEntityTypeConfiguration<TalkRsvp>
{
    public void Configure(EntityTypeBuilder<TalkRsvp> rsvp)
    {
        // The dashboard counts who took part in a window of time: a range read, not a scan of every row.
        rsvp.HasIndex(x => x.CreatedAtUtc);
        rsvp.ToTable("TalkRsvps");
        rsvp.Property(r => r.UserId).HasMaxLength(450);
        rsvp.HasIndex(r => new { r.TalkId, r.UserId }).IsUnique();
        rsvp.HasIndex(r => new { r.TalkId, r.IsWaitlisted, r.CreatedAtUtc });
        rsvp.HasIndex(r => r.UserId);
        rsvp.HasOne<Schedule.Talk>().WithMany().HasForeignKey(r => r.TalkId).OnDelete(DeleteBehavior.Cascade);
    }
}
