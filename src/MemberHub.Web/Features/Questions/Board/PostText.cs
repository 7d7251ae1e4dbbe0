using MemberHub.Web.Features.Questions.Search;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>A post's text as search and notifications use it: plain (no Markdown) and, for a title, short.</summary>
public static class PostText
{
    public static string Plain(string markdown) =>
        Markdig.Markdown.ToPlainText(markdown).Replace('\u0002', ' ').Replace('\u0003', ' ');

    public static string Excerpt(string text) => text.Length <= 120 ? text : text[..117] + "…";

    public static SearchDocument ToSearchDocument(this Question question) =>
        new(PostKinds.Question, question.Id, question.Id, question.Title, Plain(question.BodyMarkdown));

    public static SearchDocument ToSearchDocument(this Answer answer) =>
        new(answer.IsSummary ? "summary" : PostKinds.Answer, answer.Id, answer.QuestionId, "", Plain(answer.BodyMarkdown));
}
