using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Questions.Tags;

/// <summary>The Owner-managed list of topics a question can be filed under.</summary>
public sealed class QuestionTag
{
    public const int NameMaxLength = 40;

    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameZh { get; set; } = "";
    public int SortOrder { get; set; }

    public string Name(bool chinese) => chinese && NameZh.Length > 0 ? NameZh : NameEn.Length > 0 ? NameEn : NameZh;
}

internal sealed class QuestionTagConfiguration : IEntityTypeConfiguration<QuestionTag>
{
    public void Configure(EntityTypeBuilder<QuestionTag> tag)
    {
        tag.ToTable("QuestionTags");
        tag.Property(t => t.Slug).HasMaxLength(60);
        tag.Property(t => t.NameEn).HasMaxLength(QuestionTag.NameMaxLength);
        tag.Property(t => t.NameZh).HasMaxLength(QuestionTag.NameMaxLength);
        tag.HasIndex(t => t.Slug).IsUnique();
    }
}
