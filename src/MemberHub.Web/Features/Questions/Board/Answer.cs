using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>An answer, or (IsSummary) the expert's summary — 总结 — pinned above the answers.</summary>
public sealed class Answer : Accounts.Funnel.IAuthoredPost, Memberships.TakingPart.ITakingPart
{
    string Memberships.TakingPart.ITakingPart.ParticipantId => AuthorId;

    public const int BodyMaxLength = 20_000;

    public int Id { get; set; }
    public int QuestionId { get; set; }
    public Question? Question { get; set; }
    public string AuthorId { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public bool ByExpert { get; set; }
    public bool IsSummary { get; set; }
    public int Score { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? EditedAtUtc { get; set; }
    public bool IsHidden { get; set; }
    public bool IsDeleted { get; set; }
    public List<AnswerComment> Comments { get; set; } = [];
}

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> answer)
    {
        // The dashboard counts who took part in a window of time: a range read, not a scan of every row.
        answer.HasIndex(x => x.CreatedAtUtc);
        answer.ToTable("Answers");
        answer.Property(a => a.AuthorId).HasMaxLength(450);
        answer.Property(a => a.BodyMarkdown).HasMaxLength(Answer.BodyMaxLength);
        answer.HasMany(a => a.Comments).WithOne().HasForeignKey(c => c.AnswerId).OnDelete(DeleteBehavior.Cascade);
        answer.HasIndex(a => new { a.QuestionId, a.Id });
        answer.HasIndex(a => a.AuthorId);
        // The experts panel counts each expert's answers in a range without reading the answers' rows (the filter's
        // columns are in the key, or SQLite would read each row to check them).
        answer.HasIndex(a => new { a.CreatedAtUtc, a.AuthorId, a.ByExpert, a.IsSummary, a.IsDeleted }).HasFilter("\"ByExpert\" AND NOT \"IsSummary\" AND NOT \"IsDeleted\"")
            .HasDatabaseName("IX_Answers_ByExperts");
    }
}
