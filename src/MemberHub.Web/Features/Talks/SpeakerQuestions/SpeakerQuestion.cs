using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Talks.SpeakerQuestions;

/// <summary>A question for the speaker, sent before or during the talk and upvoted by other members.</summary>
public sealed class SpeakerQuestion : Accounts.Funnel.IAuthoredPost, Memberships.TakingPart.ITakingPart
{
    string Memberships.TakingPart.ITakingPart.ParticipantId => AuthorId;

    public const int TextMaxLength = 500;

    public int Id { get; set; }
    public int TalkId { get; set; }
    public string AuthorId { get; set; } = "";
    public string Text { get; set; } = "";
    public int Votes { get; set; }
    public bool IsAnswered { get; set; }

    /// <summary>The board question it became after the talk, when it was not answered live.</summary>
    public int? BoardQuestionId { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Hidden by a moderator (after a report or on sight); kept for appeal, shown to moderators only.</summary>
    public bool IsHidden { get; set; }
}

internal sealed class SpeakerQuestionConfiguration : IEntityTypeConfiguration<SpeakerQuestion>
{
    public void Configure(EntityTypeBuilder<SpeakerQuestion> question)
    {
        // The dashboard counts who took part in a window of time: a range read, not a scan of every row.
        question.HasIndex(x => x.CreatedAtUtc);
        question.ToTable("SpeakerQuestions");
        question.Property(q => q.AuthorId).HasMaxLength(450);
        question.Property(q => q.Text).HasMaxLength(SpeakerQuestion.TextMaxLength);
        question.HasIndex(q => new { q.TalkId, q.Votes });
        question.HasOne<Schedule.Talk>().WithMany().HasForeignKey(q => q.TalkId).OnDelete(DeleteBehavior.Cascade);
    }
}
