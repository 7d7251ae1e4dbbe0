using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Questions.Tags;

/// <summary>An expert's chosen tags: they are told about new questions in these (in all, when they chose none).</summary>
public sealed class ExpertTagFollow
{
    public string UserId { get; set; } = "";
    public int TagId { get; set; }
}

internal sealed class ExpertTagFollowConfiguration : IEntityTypeConfiguration<ExpertTagFollow>
{
    public void Configure(EntityTypeBuilder<ExpertTagFollow> follow)
    {
        follow.ToTable("ExpertTagFollows");
        follow.HasKey(f => new { f.UserId, f.TagId });
        follow.Property(f => f.UserId).HasMaxLength(450);
        follow.HasOne<QuestionTag>().WithMany().HasForeignKey(f => f.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
