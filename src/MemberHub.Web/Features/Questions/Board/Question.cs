using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Questions.Board;

public sealed class Question : Accounts.Funnel.IAuthoredPost, Memberships.TakingPart.ITakingPart
{
    string Memberships.TakingPart.ITakingPart.ParticipantId => AuthorId;

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

    /// <summary>When the experts were alerted that the question waits for them (once per question).</summary>
    public DateTime? WaitAlertSentAtUtc { get; set; }
    public DateTime? ResolvedAtUtc { get; set; }
    public string? ClaimedById { get; set; }
    public DateTime? ClaimedUntilUtc { get; set; }
    public bool IsHidden { get; set; }
    public bool IsDeleted { get; set; }

    public List<QuestionTagLink> Tags { get; set; } = [];
    public List<Answer> Answers { get; set; } = [];

    public bool IsClosed => State is QuestionState.Duplicate or QuestionState.OffTopic;

    public bool IsVisible => !IsHidden && !IsDeleted;

    /// <summary>Keeps the tag index in step with visibility; <see cref="Tags"/> must be loaded.</summary>
    public void SyncListing() => Tags.ForEach(t => t.IsListed = IsVisible);

    /// <summary>An answer joins the discussion; the first expert answer moves the question on and ends any claim on it.</summary>
    public Answer AddAnswer(string authorId, string bodyMarkdown, string bodyHtml, bool byExpert, DateTime nowUtc)
    {
        var answer = new Answer { QuestionId = Id, AuthorId = authorId, BodyMarkdown = bodyMarkdown, BodyHtml = bodyHtml, ByExpert = byExpert, CreatedAtUtc = nowUtc };
        Answers.Add(answer);
        AnswerCount++;
        LastActivityAtUtc = nowUtc;
        State = QuestionRules.AfterAnswer(State, byExpert);
        if (byExpert && FirstExpertAnswerAtUtc is null)
        {
            // Time to first expert answer is what the Owner watches; the claim has done its job.
            FirstExpertAnswerAtUtc = nowUtc;
            ReleaseClaim();
        }
        return answer;
    }

    /// <summary>An answer's author (or a moderator) deletes it: it stops counting; the summary never counted.</summary>
    public void RemoveAnswer(Answer answer)
    {
        answer.IsDeleted = true;
        if (!answer.IsSummary)
        {
            AnswerCount--;
        }
    }

    public void Accept(Answer answer, DateTime nowUtc)
    {
        AcceptedAnswerId = answer.Id;
        State = QuestionState.Resolved;
        ResolvedAtUtc ??= nowUtc;
        LastActivityAtUtc = nowUtc;
    }

    public void ResolveWithSummary(DateTime nowUtc)
    {
        State = QuestionState.Resolved;
        ResolvedAtUtc = nowUtc;
        LastActivityAtUtc = nowUtc;
    }

    /// <summary>A moderator closes it as a duplicate (of <paramref name="duplicateOfId"/>) or as off-topic.</summary>
    public void Close(QuestionState closedAs, int? duplicateOfId)
    {
        State = closedAs;
        DuplicateOfId = closedAs == QuestionState.Duplicate ? duplicateOfId : null;
        ReleaseClaim();
    }

    /// <summary>Back where its discussion had got to: resolved, answered by an expert, or open.</summary>
    public void Reopen()
    {
        State = AcceptedAnswerId is not null ? QuestionState.Resolved : FirstExpertAnswerAtUtc is not null ? QuestionState.Answered : QuestionState.Open;
        DuplicateOfId = null;
        ReleaseClaim();
    }

    /// <summary>Soft delete: it leaves the board and the tag index (<see cref="Tags"/> loaded); its rows stay.</summary>
    public void Delete()
    {
        IsDeleted = true;
        SyncListing();
    }

    /// <summary>The author (or a moderator) rewrites it; the caller keeps the earlier text in the history.</summary>
    public void Revise(string title, string bodyMarkdown, string bodyHtml, QuestionStage stage, int? lessonId, int? talkId, IReadOnlyCollection<int> tagIds, DateTime nowUtc)
    {
        Title = title;
        BodyMarkdown = bodyMarkdown;
        BodyHtml = bodyHtml;
        Stage = stage;
        LessonId = lessonId;
        TalkId = talkId;
        EditedAtUtc = nowUtc;
        Tags.RemoveAll(t => !tagIds.Contains(t.TagId));
        Tags.AddRange(tagIds.Distinct().Where(id => Tags.All(t => t.TagId != id)).Select(id => new QuestionTagLink { TagId = id }));
        SyncListing();
    }

    private void ReleaseClaim()
    {
        ClaimedById = null;
        ClaimedUntilUtc = null;
    }
}

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> question)
    {
        // The dashboard counts who took part in a window of time: a range read, not a scan of every row.
        question.HasIndex(x => x.CreatedAtUtc);
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
        // The Owner's experts panel: how long listed questions waited for an expert, those still waiting, and which
        // answers were accepted, each read from an index of its own instead of the questions' rows. The filter's columns
        // are in the keys too: SQLite counts an index as covering only if it holds every column the query names.
        question.HasIndex(q => new { q.CreatedAtUtc, q.FirstExpertAnswerAtUtc, q.IsHidden, q.IsDeleted }).HasFilter(listed)
            .HasDatabaseName("IX_Questions_Listed_FirstExpertAnswer");
        question.HasIndex(q => new { q.State, q.CreatedAtUtc, q.FirstExpertAnswerAtUtc, q.IsHidden, q.IsDeleted }, "IX_Questions_WaitingForExpert")
            .HasFilter("\"FirstExpertAnswerAtUtc\" IS NULL AND " + listed);
        question.HasIndex(q => q.AcceptedAnswerId).HasFilter("\"AcceptedAnswerId\" IS NOT NULL");
    }
}
