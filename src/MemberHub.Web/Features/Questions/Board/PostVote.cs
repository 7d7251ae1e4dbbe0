using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>One upvote per member per post.</summary>
public sealed class PostVote : Memberships.TakingPart.ITakingPart
{
    string Memberships.TakingPart.ITakingPart.ParticipantId => UserId;

    public string PostKind { get; set; } = "";
    public int PostId { get; set; }
    public string UserId { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class PostVoteConfiguration : IEntityTypeConfiguration<PostVote>
{
    public void Configure(EntityTypeBuilder<PostVote> vote)
    {
        // The dashboard counts who took part in a window of time: a range read, not a scan of every row.
        vote.HasIndex(x => x.CreatedAtUtc);
        vote.ToTable("PostVotes");
        vote.HasKey(v => new { v.PostKind, v.PostId, v.UserId });
        vote.Property(v => v.PostKind).HasMaxLength(16);
        vote.Property(v => v.UserId).HasMaxLength(450);
    }
}
