namespace MemberHub.Web.Features.Questions.Board;

public sealed record TagView(int Id, string Slug, string Name);

public sealed record QuestionListItem(
    int Id, string Title, QuestionState State, QuestionStage Stage, int Score, int AnswerCount, bool HasExpertAnswer,
    string AuthorName, DateTime CreatedAtUtc, IReadOnlyList<TagView> Tags);

public enum QuestionSort
{
    Newest,
    Votes,
    Unanswered,
}

/// <summary>The list's filters; <see cref="States"/> empty means every open, answered or resolved question.</summary>
public sealed record QuestionFilter(string? Tag = null, QuestionStage? Stage = null, QuestionState? State = null, bool Mine = false,
    QuestionSort Sort = QuestionSort.Newest, int Page = 0);

public sealed record QuestionPage(IReadOnlyList<QuestionListItem> Items, int Page, bool HasMore);

public sealed record CommentView(int Id, string AuthorId, string AuthorName, string BodyHtml, DateTime CreatedAtUtc, bool IsHidden, bool IsDeleted, string BodyMarkdown = "");

public sealed record AnswerView(
    int Id, string AuthorId, string AuthorName, string BodyHtml, string BodyMarkdown, bool ByExpert, bool IsSummary, bool IsAccepted,
    int Score, bool VotedByViewer, DateTime CreatedAtUtc, DateTime? EditedAtUtc, bool IsHidden, bool IsDeleted, IReadOnlyList<CommentView> Comments);

public sealed record LessonLink(int Id, string Title, string Url);

public sealed record QuestionDetail(
    int Id, string AuthorId, string AuthorName, string Title, string BodyHtml, string BodyMarkdown, QuestionState State, QuestionStage Stage,
    int Score, bool VotedByViewer, IReadOnlyList<TagView> Tags, LessonLink? Lesson, int? DuplicateOfId, string? DuplicateOfTitle,
    DateTime CreatedAtUtc, DateTime? EditedAtUtc, bool IsHidden, bool IsDeleted, LessonLink? Talk = null);

/// <summary>A thread as one member sees it: the summary pinned, then the accepted answer, expert answers, then the rest by votes.</summary>
public sealed record ThreadView(QuestionDetail Question, AnswerView? Summary, IReadOnlyList<AnswerView> Answers, BoardActor Viewer, FaqMark? Faq = null,
    string? ArchivedIn = null)
{
    /// <summary>An expert may promote this answer to the FAQ: the thread's summary or accepted answer, while the thread is not there yet.</summary>
    public bool MayPromote(AnswerView answer) =>
        Viewer.IsExpert && Faq is null && (answer.IsSummary || answer.IsAccepted) && !answer.IsHidden && !answer.IsDeleted
        && Question.State is not (QuestionState.Duplicate or QuestionState.OffTopic) && !Question.IsHidden && !Question.IsDeleted;

    public bool IsAsker => Viewer.UserId == Question.AuthorId;
    public bool MayAccept => (IsAsker || Viewer.IsExpert) && Question.State is not (QuestionState.Duplicate or QuestionState.OffTopic);
}

/// <summary>The thread is in the FAQ: its entry, and the answer it was promoted from.</summary>
public sealed record FaqMark(int EntryId, int AnswerId);

public sealed record PostEditView(string EditorName, string? PreviousTitle, string PreviousBody, DateTime EditedAtUtc);
