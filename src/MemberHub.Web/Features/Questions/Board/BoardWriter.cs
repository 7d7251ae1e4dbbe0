using MemberHub.Web.Data;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Questions.Search;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Markdown;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>What every board command shares: the acting member, refusals in their language, safe HTML and plain text for search.</summary>
public sealed class BoardWriter(MemberAccess access, PostingGuard guard, MarkdownRenderer markdown, IQuestionSearch search, IStringLocalizer<QuestionsText> text)
{
    public IQuestionSearch Search => search;

    public async Task<BoardActor?> ActorAsync(string? userId, CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        return access.MemberContent(viewer).Allowed ? BoardActor.Of(viewer) : null;
    }

    /// <summary>The community's posting rules (membership, standing, ritual, rate, links) for a new post.</summary>
    public Task<Outcome> MayPostAsync(string? userId, string body, CancellationToken cancellationToken) =>
        guard.CheckAsync(userId, PostPlace.Elsewhere, body, cancellationToken: cancellationToken);

    /// <summary>The same rules for an edit, a vote or an accept (see <see cref="ContentWrite"/>).</summary>
    public Task<Outcome> MayWriteAsync(string? userId, ContentWrite write, string? body, CancellationToken cancellationToken) =>
        guard.CheckAsync(userId, write, PostPlace.Elsewhere, body, cancellationToken: cancellationToken);

    public string Refusal(BoardRefusal refusal) => text[$"Refused.{refusal}"];

    public Outcome Refused(BoardRefusal refusal, string? field = null) => Outcome.Refused(Refusal(refusal), field);

    public string NotAMember => text["Refused.NotAMember"];

    public string Html(string body) => markdown.ToSafeHtml(body);

    public static string PlainText(string markdown) =>
        Markdig.Markdown.ToPlainText(markdown).Replace('\u0002', ' ').Replace('\u0003', ' ');

    public Task IndexQuestionAsync(AppDbContext db, Question question, CancellationToken cancellationToken) =>
        search.IndexAsync(db, new SearchDocument(PostKinds.Question, question.Id, question.Id, question.Title, PlainText(question.BodyMarkdown)), cancellationToken);

    public Task IndexAnswerAsync(AppDbContext db, Answer answer, CancellationToken cancellationToken) =>
        search.IndexAsync(db, new SearchDocument(answer.IsSummary ? "summary" : PostKinds.Answer, answer.Id, answer.QuestionId, "", PlainText(answer.BodyMarkdown)), cancellationToken);

    public static string Excerpt(string text) => text.Length <= 120 ? text : text[..117] + "…";
}
