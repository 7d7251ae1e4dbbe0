using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>asked (Open) → discussed/answered (Answered, after the first expert answer) → Resolved; or closed by a moderator.</summary>
public enum QuestionState
{
    Open,
    Answered,
    Resolved,
    Duplicate,
    OffTopic,
}

public enum QuestionStage
{
    Beginner,
    Intermediate,
    Advanced,
}

public sealed class Question
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 20_000;
    public static readonly TimeSpan ClaimLength = TimeSpan.FromHours(2);

    public int Id { get; set; }
    public string AuthorId { get; set; } = "";
    public string Title { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public QuestionStage Stage { get; set; }
    public int? LessonId { get; set; }

    /// <summary>The guest talk it came from (a speaker question moved to the board after the talk).</summary>
    public int? TalkId { get; set; }
    public QuestionState State { get; set; }
    public int? DuplicateOfId { get; set; }
    public int? AcceptedAnswerId { get; set; }
    public int Score { get; set; }
    public int AnswerCount { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? EditedAtUtc { get; set; }
    public DateTime LastActivityAtUtc { get; set; }
    public DateTime? FirstExpertAnswerAtUtc { get; set; }
    public DateTime? ResolvedAtUtc { get; set; }
    public string? ClaimedById { get; set; }
    public DateTime? ClaimedUntilUtc { get; set; }
    public bool IsHidden { get; set; }
    public bool IsDeleted { get; set; }

    public List<QuestionTagLink> Tags { get; set; } = [];
    public List<Answer> Answers { get; set; } = [];

    public bool IsClosed => State is QuestionState.Duplicate or QuestionState.OffTopic;

    /// <summary>Keeps the tag index in step with visibility; <see cref="Tags"/> must be loaded.</summary>
    public void SyncListing() => Tags.ForEach(t => t.IsListed = IsVisible);
    public bool IsVisible => !IsHidden && !IsDeleted;
}

/// <summary>An answer, or (IsSummary) the expert's summary — 总结 — pinned above the answers.</summary>
public sealed class Answer
{
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

public sealed class AnswerComment
{
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

/// <summary>Which kind of post a vote, an edit or a search hit is about.</summary>
public static class PostKinds
{
    public const string Question = "question";
    public const string Answer = "answer";
    public const string Comment = "comment";
}

/// <summary>One upvote per member per post.</summary>
public sealed class PostVote
{
    public string PostKind { get; set; } = "";
    public int PostId { get; set; }
    public string UserId { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>What a post said before an edit; moderators read the history.</summary>
public sealed class PostEdit
{
    public int Id { get; set; }
    public string PostKind { get; set; } = "";
    public int PostId { get; set; }
    public string EditorId { get; set; } = "";
    public string? PreviousTitle { get; set; }
    public string PreviousBody { get; set; } = "";
    public DateTime EditedAtUtc { get; set; }
}

public sealed class QuestionTagLink
{
    public int QuestionId { get; set; }
    public int TagId { get; set; }

    /// <summary>The question is neither hidden nor deleted: kept here so a tag's list pages from one index.</summary>
    public bool IsListed { get; set; } = true;
}

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> question)
    {
        question.ToTable("Questions");
        question.Property(q => q.AuthorId).HasMaxLength(450);
        question.Property(q => q.Title).HasMaxLength(Question.TitleMaxLength);
        question.Property(q => q.BodyMarkdown).HasMaxLength(Question.BodyMaxLength);
        question.Property(q => q.ClaimedById).HasMaxLength(450);
        question.Property(q => q.State).HasConversion<string>().HasMaxLength(16);
        question.Property(q => q.Stage).HasConversion<string>().HasMaxLength(16);
        question.HasMany(q => q.Tags).WithOne().HasForeignKey(t => t.QuestionId).OnDelete(DeleteBehavior.Cascade);
        question.HasMany(q => q.Answers).WithOne(a => a.Question).HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
        question.HasIndex(q => q.AuthorId);
        // The list pages through listed questions only (deep pages too): partial indexes, matching the list's own filter.
        const string listed = "NOT \"IsHidden\" AND NOT \"IsDeleted\"";
        question.HasIndex(q => new { q.CreatedAtUtc, q.Id }).HasFilter(listed).HasDatabaseName("IX_Questions_Listed");
        question.HasIndex(q => new { q.Score, q.Id }).HasFilter(listed).HasDatabaseName("IX_Questions_Listed_Score");
        question.HasIndex(q => new { q.State, q.Id });
        question.HasIndex(q => q.LessonId);
        question.HasIndex(q => q.TalkId);
    }
}

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> answer)
    {
        answer.ToTable("Answers");
        answer.Property(a => a.AuthorId).HasMaxLength(450);
        answer.Property(a => a.BodyMarkdown).HasMaxLength(Answer.BodyMaxLength);
        answer.HasMany(a => a.Comments).WithOne().HasForeignKey(c => c.AnswerId).OnDelete(DeleteBehavior.Cascade);
        answer.HasIndex(a => new { a.QuestionId, a.Id });
        answer.HasIndex(a => a.AuthorId);
    }
}

internal sealed class AnswerCommentConfiguration : IEntityTypeConfiguration<AnswerComment>
{
    public void Configure(EntityTypeBuilder<AnswerComment> comment)
    {
        comment.ToTable("AnswerComments");
        comment.Property(c => c.AuthorId).HasMaxLength(450);
        comment.Property(c => c.BodyMarkdown).HasMaxLength(AnswerComment.BodyMaxLength);
        comment.HasIndex(c => new { c.AnswerId, c.Id });
    }
}

internal sealed class PostVoteConfiguration : IEntityTypeConfiguration<PostVote>
{
    public void Configure(EntityTypeBuilder<PostVote> vote)
    {
        vote.ToTable("PostVotes");
        vote.HasKey(v => new { v.PostKind, v.PostId, v.UserId });
        vote.Property(v => v.PostKind).HasMaxLength(16);
        vote.Property(v => v.UserId).HasMaxLength(450);
    }
}

internal sealed class PostEditConfiguration : IEntityTypeConfiguration<PostEdit>
{
    public void Configure(EntityTypeBuilder<PostEdit> edit)
    {
        edit.ToTable("PostEdits");
        edit.Property(e => e.PostKind).HasMaxLength(16);
        edit.Property(e => e.EditorId).HasMaxLength(450);
        edit.HasIndex(e => new { e.PostKind, e.PostId });
    }
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
