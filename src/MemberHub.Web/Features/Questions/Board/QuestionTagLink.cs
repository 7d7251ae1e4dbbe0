using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Questions.Board;

public sealed class QuestionTagLink
{
    public int QuestionId { get; set; }
    public int TagId { get; set; }

    /// <summary>The question is neither hidden nor deleted: kept here so a tag's list pages from one index.</summary>
    public bool IsListed { get; set; } = true;
}

internal sealed class QuestionTagLinkConfiguration : IEntityTypeConfiguration<QuestionTagLink>
{
    public void Configure(EntityTypeBuilder<QuestionTagLink> link)
    {
        link.ToTable("QuestionTagLinks");
        link.HasKey(l => new { l.QuestionId, l.TagId });
        link.HasOne<Tags.QuestionTag>().WithMany().HasForeignKey(l => l.TagId).OnDelete(DeleteBehavior.Cascade);
        // A tag's listed questions, newest first, straight from the index (deep pages too).
        link.HasIndex(l => new { l.TagId, l.QuestionId, l.IsListed });
    }
}
