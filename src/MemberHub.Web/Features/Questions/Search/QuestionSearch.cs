using MemberHub.Web.Data;

namespace MemberHub.Web.Features.Questions.Search;

/// <summary>What the board indexes: a question (title and body), an answer or a summary (body), as plain text.</summary>
public sealed record SearchDocument(string Kind, int PostId, int QuestionId, string Title, string Text);

/// <summary>A ranked hit; <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-encoded with the matches in &lt;mark&gt;.</summary>
public sealed record SearchHit(string Kind, int PostId, int QuestionId, string TitleHtml, string SnippetHtml, double Rank);

/// <summary>
/// Full-text search over questions, answers and summaries. The board writes through it in its own unit of work, so
/// the index never disagrees with the posts; SQLite's FTS5 answers now, another database can supply its own.
/// </summary>
public interface IQuestionSearch
{
    Task IndexAsync(AppDbContext db, SearchDocument document, CancellationToken cancellationToken = default);

    Task RemoveAsync(AppDbContext db, string kind, int postId, CancellationToken cancellationToken = default);

    /// <summary>Best matches first, at most one hit per question; hidden and deleted posts are never indexed.</summary>
    /// <param name="questionsOnly">For visitors: matches in questions only; answers, comments and summaries are members-only.</param>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int take, bool questionsOnly = false, CancellationToken cancellationToken = default);

    /// <summary>Questions whose titles share words with <paramref name="title"/> (any word, not all), for "similar questions".</summary>
    Task<IReadOnlyList<SearchHit>> SimilarAsync(string title, int take, CancellationToken cancellationToken = default);
}
