using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Access;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Why the board refused an action; each has a message in QuestionsText ("Refused.{name}").</summary>
public enum BoardRefusal
{
    None,
    Unknown,
    Closed,
    NotYours,
    NotAuthor,
    ExpertsOnly,
    ModeratorsOnly,
    OwnPost,
    NoSummary,
    AlreadyResolved,
    NotWaiting,
    ClaimedByOther,
    NoAsking,
    MonthlyLimit,
    /// <summary>Only a summary or the accepted answer goes to the FAQ.</summary>
    NotFinalAnswer,
    AlreadyInFaq,
}

/// <summary>Who is acting on the board: experts (and the Owner) answer with authority, moderators (and the Owner) close and hide.</summary>
public sealed record BoardActor(string UserId, bool IsExpert, bool IsModerator)
{
    /// <summary>Expert and moderator powers come from the roles held now; a ban ends them (the Owner cannot be banned).</summary>
    public static BoardActor Of(Viewer viewer)
    {
        return new(viewer.UserId ?? "",
            !viewer.IsBanned && viewer.Roles.Any(r => r is AppRoles.Owner or AppRoles.Expert),
            !viewer.IsBanned && viewer.Roles.Any(r => r is AppRoles.Owner or AppRoles.Moderator));
    }
}

/// <summary>
/// The board's lifecycle and permissions as pure functions (table-tested): asked (Open) → Answered by the first
/// expert answer → Resolved when the asker or an expert accepts an answer or marks the expert summary as resolving;
/// moderators close as duplicate or off-topic.
/// </summary>
public static class QuestionRules
{
    public static QuestionState AfterAnswer(QuestionState state, bool byExpert) =>
        state == QuestionState.Open && byExpert ? QuestionState.Answered : state;

    public static BoardRefusal Answer(Question question) =>
        !question.IsVisible ? BoardRefusal.Unknown : question.IsClosed ? BoardRefusal.Closed : BoardRefusal.None;

    public static BoardRefusal Accept(BoardActor actor, Question question, Answer answer)
    {
        if (!question.IsVisible || answer.QuestionId != question.Id || answer.IsSummary || !answer.IsVisible())
        {
            return BoardRefusal.Unknown;
        }
        if (question.IsClosed)
        {
            return BoardRefusal.Closed;
        }
        return actor.UserId == question.AuthorId || actor.IsExpert ? BoardRefusal.None : BoardRefusal.NotYours;
    }

    public static BoardRefusal WriteSummary(BoardActor actor, Question question) =>
        !actor.IsExpert ? BoardRefusal.ExpertsOnly : Answer(question);

    public static BoardRefusal ResolveWithSummary(BoardActor actor, Question question, bool hasSummary)
    {
        if (!question.IsVisible)
        {
            return BoardRefusal.Unknown;
        }
        if (question.IsClosed)
        {
            return BoardRefusal.Closed;
        }
        if (actor.UserId != question.AuthorId && !actor.IsExpert)
        {
            return BoardRefusal.NotYours;
        }
        if (question.State == QuestionState.Resolved)
        {
            return BoardRefusal.AlreadyResolved;
        }
        return hasSummary ? BoardRefusal.None : BoardRefusal.NoSummary;
    }

    public static BoardRefusal Vote(BoardActor actor, string authorId) =>
        actor.UserId == authorId ? BoardRefusal.OwnPost : BoardRefusal.None;

    /// <summary>Authors edit and delete their own posts; moderators edit anyone's.</summary>
    public static BoardRefusal Edit(BoardActor actor, string authorId) =>
        actor.UserId == authorId || actor.IsModerator ? BoardRefusal.None : BoardRefusal.NotAuthor;

    public static BoardRefusal Close(BoardActor actor) => actor.IsModerator ? BoardRefusal.None : BoardRefusal.ModeratorsOnly;

    public static bool IsWaitingForExpert(Question question) =>
        question.IsVisible && question.State == QuestionState.Open && question.FirstExpertAnswerAtUtc is null;

    public static BoardRefusal Claim(BoardActor actor, Question question, DateTime nowUtc)
    {
        if (!actor.IsExpert)
        {
            return BoardRefusal.ExpertsOnly;
        }
        if (!IsWaitingForExpert(question))
        {
            return BoardRefusal.NotWaiting;
        }
        return question.ClaimedUntilUtc > nowUtc && question.ClaimedById != actor.UserId ? BoardRefusal.ClaimedByOther : BoardRefusal.None;
    }

    /// <summary>Who may ask: the tier's monthly allowance (none: no limit; 0: none at all); staff always may.</summary>
    public static BoardRefusal Ask(bool isStaff, int? questionsPerMonth, int askedThisMonth) =>
        isStaff || questionsPerMonth is null ? BoardRefusal.None
        : questionsPerMonth == 0 ? BoardRefusal.NoAsking
        : askedThisMonth >= questionsPerMonth ? BoardRefusal.MonthlyLimit
        : BoardRefusal.None;
}

internal static class AnswerVisibility
{
    public static bool IsVisible(this Answer answer) => !answer.IsHidden && !answer.IsDeleted;
}
