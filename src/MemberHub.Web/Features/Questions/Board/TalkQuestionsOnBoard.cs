using MemberHub.Web.Data;
using MemberHub.Web.Features.Questions.Search;
using MemberHub.Web.Features.Talks.SpeakerQuestions;
using MemberHub.Web.Infrastructure.Markdown;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>A talk's unanswered speaker questions become board questions linked to the talk, where the resident experts pick them up.</summary>
public sealed class TalkQuestionsOnBoard(MarkdownRenderer markdown, IQuestionSearch search, TimeProvider clock) : IQuestionBoard
{
    public async Task<int> PostFromTalkAsync(AppDbContext db, string authorId, string text, string body, int talkId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var question = new Question
        {
            AuthorId = authorId, Title = text.Length <= Question.TitleMaxLength ? text : text[..(Question.TitleMaxLength - 1)] + "…",
            BodyMarkdown = body, BodyHtml = markdown.ToSafeHtml(body), TalkId = talkId, State = QuestionState.Open, CreatedAtUtc = now, LastActivityAtUtc = now,
        };
        db.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        await search.IndexAsync(db, question.ToSearchDocument(), cancellationToken);
        return question.Id;
    }
}
