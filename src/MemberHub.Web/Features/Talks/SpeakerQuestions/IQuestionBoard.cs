using MemberHub.Web.Data;

namespace MemberHub.Web.Features.Talks.SpeakerQuestions;

/// <summary>
/// Where a talk's unanswered questions go afterwards: the Q&amp;A board. Talks own this need; the Questions feature
/// fulfils it, so talks know nothing of the board's entities and the board may link back to talks.
/// </summary>
public interface IQuestionBoard
{
    /// <summary>Adds a board question by <paramref name="authorId"/> linked to the talk, in the caller's unit of work; returns its id.</summary>
    Task<int> PostFromTalkAsync(AppDbContext db, string authorId, string text, string body, int talkId, CancellationToken cancellationToken);
}
