using MemberHub.Web.Features.Questions.Board;

namespace MemberHub.Web.Features.Questions.Faq;

/// <summary>Who may put what in the FAQ, as pure functions (table-tested).</summary>
public static class FaqRules
{
    /// <summary>
    /// An expert (or the Owner) promotes a thread's final answer: its summary, or the answer that was accepted. A hidden
    /// or deleted post, or a closed question, has no final answer; a thread is in the FAQ once.
    /// </summary>
    public static BoardRefusal Promote(BoardActor actor, Question question, Answer answer, bool alreadyInFaq)
    {
        if (!question.IsVisible || answer.IsHidden || answer.IsDeleted || answer.QuestionId != question.Id)
        {
            return BoardRefusal.Unknown;
        }
        if (!actor.IsExpert)
        {
            return BoardRefusal.ExpertsOnly;
        }
        if (question.IsClosed)
        {
            return BoardRefusal.Closed;
        }
        if (!answer.IsSummary && question.AcceptedAnswerId != answer.Id)
        {
            return BoardRefusal.NotFinalAnswer;
        }
        return alreadyInFaq ? BoardRefusal.AlreadyInFaq : BoardRefusal.None;
    }

    /// <summary>Editing, ordering and removing entries: the Owner and experts.</summary>
    public static BoardRefusal Curate(BoardActor actor) => actor.IsExpert ? BoardRefusal.None : BoardRefusal.ExpertsOnly;
}
