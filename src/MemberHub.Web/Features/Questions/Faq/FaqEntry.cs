using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Questions.Faq;

/// <summary>
/// A question and its final answer kept in the FAQ (精华): promoted from an expert's summary or the accepted answer, then
/// edited and ordered by the Owner or an expert. It keeps its own copy of the text, so tidying the FAQ never rewrites the
/// thread, and it links back to the thread it came from.
/// </summary>
public sealed class FaqEntry
{
    public const int AnswerMaxLength = Answer.BodyMaxLength;

    public int Id { get; set; }
    public int QuestionId { get; set; }

    /// <summary>The summary or accepted answer it was promoted from.</summary>
    public int AnswerId { get; set; }
    public string Title { get; set; } = "";
    public string AnswerMarkdown { get; set; } = "";
    public string AnswerHtml { get; set; } = "";

    /// <summary>Its place in the FAQ: lower first (within its tag's group).</summary>
    public int Position { get; set; }
    public string PromotedById { get; set; } = "";
    public DateTime PromotedAtUtc { get; set; }
    public DateTime? EditedAtUtc { get; set; }
}

internal sealed class FaqEntryConfiguration : IEntityTypeConfiguration<FaqEntry>
{
    public void Configure(EntityTypeBuilder<FaqEntry> entry)
    {
        entry.ToTable("FaqEntries");
        // One entry per question: a thread has one final answer.
        entry.HasIndex(e => e.QuestionId).IsUnique();
        entry.HasOne<Question>().WithMany().HasForeignKey(e => e.QuestionId).OnDelete(DeleteBehavior.Cascade);
        entry.Property(e => e.Title).HasMaxLength(Question.TitleMaxLength);
        entry.Property(e => e.AnswerMarkdown).HasMaxLength(FaqEntry.AnswerMaxLength);
        entry.Property(e => e.PromotedById).HasMaxLength(450);
        entry.HasIndex(e => e.Position);
    }
}
