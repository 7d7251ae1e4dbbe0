using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Questions.Board;

public sealed class AnswerComment : Accounts.Funnel.IAuthoredPost, Memberships.TakingPart.ITakingPart
{
    string Memberships.TakingPart.ITakingPart.ParticipantId => AuthorId;

    public const int BodyMaxLength = 2_000;

    public int Id { get; set; }
    public int AnswerId { get; set; }
    public string AuthorId { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public bool IsHidden { get; set; }
    public bool IsDeleted { get; set; }
}

internal sealed class AnswerCommentConfiguration : IEntityTypeConfiguration<AnswerComment>
{
    public void Configure(EntityTypeBuilder<AnswerComment> comment)
    {
        // The dashboard counts who took part in a window of time: a range read, not a scan of every row.
        comment.HasIndex(x => x.CreatedAtUtc);
        comment.ToTable("AnswerComments");
        comment.Property(c => c.AuthorId).HasMaxLength(450);
        comment.Property(c => c.BodyMarkdown).HasMaxLength(AnswerComment.BodyMaxLength);
        comment.HasIndex(c => new { c.AnswerId, c.Id });
    }
}
