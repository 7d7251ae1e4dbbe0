using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Talks.SpeakerQuestions;

public sealed class SpeakerQuestionVote
{
    public int SpeakerQuestionId { get; set; }
    public string UserId { get; set; } = "";
}

internal sealed class SpeakerQuestionVoteConfiguration : IEntityTypeConfiguration<SpeakerQuestionVote>
{
    public void Configure(EntityTypeBuilder<SpeakerQuestionVote> vote)
    {
        vote.ToTable("SpeakerQuestionVotes");
        vote.HasKey(v => new { v.SpeakerQuestionId, v.UserId });
        vote.Property(v => v.UserId).HasMaxLength(450);
        vote.HasOne<SpeakerQuestion>().WithMany().HasForeignKey(v => v.SpeakerQuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
