using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Search;

/// <summary>
/// FTS5 over words (porter stemming for English). Chinese has no spaces between words, so every Han character is
/// indexed as a token of its own and a Chinese query becomes a phrase of characters; the spaces are taken out again in
/// what is shown. The row id encodes kind and post id, so updating one post touches one row.
/// </summary>
public sealed class SqliteQuestionSearch(IDbContextFactory<AppDbContext> contexts, int commonMatches = SqliteQuestionSearch.CommonMatches)
    : IQuestionSearch
{
    /// <summary>
    /// Past this many matches a query finds nothing in particular, and ranking every match is what costs (a word in
    /// 200 000 posts took 350 ms): such a query lists the newest posts first, which FTS5 reads in order and stops early.
    /// </summary>
    public const int CommonMatches = 5_000;

    public static long RowId(string kind, int postId) => SearchText.RowId(kind, postId);

    public static string Segment(string text) => SearchText.Segment(text);

    public static string Marked(string text) => SearchText.Marked(text);

    public static IReadOnlyList<string> Terms(string? text) => SearchText.Terms(text);

    public async Task IndexAsync(AppDbContext db, SearchDocument document, CancellationToken cancellationToken = default)
    {
        var rowId = RowId(document.Kind, document.PostId);
        string title = Segment(document.Title), text = Segment(document.Text);
        await db.Database.ExecuteSqlAsync($"DELETE FROM QaSearch WHERE rowid = {rowId}", cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO QaSearch (rowid, title, body, kind, question_id) VALUES ({rowId}, {title}, {text}, {document.Kind}, {document.QuestionId})",
            cancellationToken);
    }

    public async Task RemoveAsync(AppDbContext db, string kind, int postId, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlAsync($"DELETE FROM QaSearch WHERE rowid = {RowId(kind, postId)}", cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int take, bool questionsOnly = false, CancellationToken cancellationToken = default) =>
        RunAsync(query, take, all: true, cancellationToken, questionsOnly);

    public Task<IReadOnlyList<SearchHit>> SimilarAsync(string title, int take, CancellationToken cancellationToken = default) =>
        RunAsync(title, take, all: false, cancellationToken);

    private async Task<IReadOnlyList<SearchHit>> RunAsync(string text, int take, bool all, CancellationToken cancellationToken, bool questionsOnly = false)
    {
        var match = MatchExpression(text, all);
        if (match is null || take <= 0)
        {
            return [];
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var kind = all && !questionsOnly ? "" : "AND kind = 'question'";
        await using var counting = db.Database.GetDbConnection().CreateCommand();
        counting.CommandText = $"SELECT count(*) FROM (SELECT 1 FROM QaSearch WHERE QaSearch MATCH $match {kind} LIMIT $enough)";
        SearchRows.Parameter(counting, "$match", match);
        SearchRows.Parameter(counting, "$enough", commonMatches + 1);
        var common = Convert.ToInt64(await counting.ExecuteScalarAsync(cancellationToken)) > commonMatches;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        // FTS5's own rank column (title weighted ten times the body) lets FTS5 sort the matches itself, so
        // highlight and snippet run only for the rows returned, not for every match.
        command.CommandText = $"""
            SELECT rowid, kind, question_id, highlight(QaSearch, 0, char(2), char(3)), snippet(QaSearch, 1, char(2), char(3), '…', 24), rank
            FROM QaSearch WHERE QaSearch MATCH $match AND rank MATCH 'bm25(10.0, 1.0)' {kind}
            ORDER BY {(common ? "rowid DESC" : "rank")} LIMIT $limit
            """;
        SearchRows.Parameter(command, "$match", match);
        SearchRows.Parameter(command, "$limit", take * 4);
        var rows = await SearchRows.ReadAsync(command, static read => read, cancellationToken);
        return await SearchRows.HitsAsync(db, rows, take, cancellationToken);
    }

    /// <summary>
    /// The FTS5 query for what a member typed: every word must match for a search, any for "similar questions"; each word
    /// is quoted, so no FTS syntax gets through. Null when nothing searchable is left.
    /// </summary>
    public static string? MatchExpression(string? text, bool all)
    {
        var phrases = SearchText.TermsToMatch(text, all)
            .Select(term => "\"" + Segment(term).Trim().Replace("\"", "\"\"") + "\"")
            .Distinct().Take(24).ToList();
        return phrases.Count == 0 ? null : string.Join(all ? " AND " : " OR ", phrases);
    }
}
