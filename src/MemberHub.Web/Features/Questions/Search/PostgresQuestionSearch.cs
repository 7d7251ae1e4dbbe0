using System.Data.Common;
using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Search;

/// <summary>
/// PostgreSQL's full-text search: a <c>tsvector</c> column computed from title (weight A) and body (weight B) under a GIN
/// index. Chinese is indexed a character at a time as on SQLite (<see cref="SearchText.Segment"/>), so a Chinese query is a
/// phrase of characters (<c>phraseto_tsquery</c>), and English words are stemmed by the <c>english</c> configuration.
/// </summary>
public sealed class PostgresQuestionSearch(IDbContextFactory<AppDbContext> contexts, int commonMatches = SqliteQuestionSearch.CommonMatches)
    : IQuestionSearch
{
    private const string Marks = "'StartSel=' || chr(2) || ', StopSel=' || chr(3)";

    public async Task IndexAsync(AppDbContext db, SearchDocument document, CancellationToken cancellationToken = default)
    {
        var rowId = SearchText.RowId(document.Kind, document.PostId);
        string title = Guarded(SearchText.Segment(document.Title)), text = Guarded(SearchText.Segment(document.Text));
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "QaSearch" ("RowId", "Title", "Body", "Kind", "QuestionId") VALUES ({rowId}, {title}, {text}, {document.Kind}, {document.QuestionId})
            ON CONFLICT ("RowId") DO UPDATE SET "Title" = excluded."Title", "Body" = excluded."Body", "Kind" = excluded."Kind", "QuestionId" = excluded."QuestionId"
            """, cancellationToken);
    }

    public async Task RemoveAsync(AppDbContext db, string kind, int postId, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "QaSearch" WHERE "RowId" = {SearchText.RowId(kind, postId)}""", cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int take, bool questionsOnly = false, CancellationToken cancellationToken = default) =>
        RunAsync(query, take, all: true, cancellationToken, questionsOnly);

    public Task<IReadOnlyList<SearchHit>> SimilarAsync(string title, int take, CancellationToken cancellationToken = default) =>
        RunAsync(title, take, all: false, cancellationToken);

    private async Task<IReadOnlyList<SearchHit>> RunAsync(string text, int take, bool all, CancellationToken cancellationToken, bool questionsOnly = false)
    {
        var terms = SearchText.TermsToMatch(text, all).Select(SearchText.Segment).Distinct().Take(24).ToList();
        if (terms.Count == 0 || take <= 0)
        {
            return [];
        }
        // Each term a phrase (a Chinese run is one of characters), joined with AND for a search and OR for "similar".
        var query = string.Join(all ? " && " : " || ", terms.Select((_, i) => $"phraseto_tsquery('english', @t{i})"));
        var kind = all && !questionsOnly ? "" : "AND s.\"Kind\" = 'question'";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var counting = db.Database.GetDbConnection().CreateCommand();
        counting.CommandText = $"""SELECT count(*) FROM (SELECT 1 FROM "QaSearch" s WHERE s."Document" @@ ({query}) {kind} LIMIT @enough) m""";
        AddTerms(counting, terms);
        SearchRows.Parameter(counting, "enough", commonMatches + 1);
        var common = Convert.ToInt64(await counting.ExecuteScalarAsync(cancellationToken)) > commonMatches;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        // Headlines are computed after the sort and limit (they are costly functions), so only for the rows returned.
        command.CommandText = $"""
            WITH q AS (SELECT ({query}) AS query)
            SELECT s."RowId", s."Kind", s."QuestionId",
                   ts_headline('english', s."Title", q.query, 'HighlightAll=true, ' || {Marks}),
                   ts_headline('english', s."Body", q.query, 'MaxWords=24, MinWords=12, ' || {Marks}),
                   ts_rank('{"{0.1, 0.2, 0.1, 1.0}"}', s."Document", q.query) AS rank
            FROM "QaSearch" s, q WHERE s."Document" @@ q.query {kind}
            ORDER BY {(common ? "s.\"RowId\" DESC" : "rank DESC, s.\"RowId\" DESC")} LIMIT @limit
            """;
        AddTerms(command, terms);
        SearchRows.Parameter(command, "limit", take * 4);
        var rows = await SearchRows.ReadAsync(command, Unguarded, cancellationToken);
        return await SearchRows.HitsAsync(db, rows, take, cancellationToken);
    }

    // PostgreSQL's parser reads "<b>" and "&amp;" in text as markup and ts_headline leaves them out, so what members typed
    // is indexed with these three characters swapped for private-use ones and swapped back in what is shown.
    private static string Guarded(string text) => text.Replace('<', '\uE000').Replace('>', '\uE001').Replace('&', '\uE002');

    private static string Unguarded(string text) => text.Replace('\uE000', '<').Replace('\uE001', '>').Replace('\uE002', '&');

    private static void AddTerms(DbCommand command, IReadOnlyList<string> terms)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            SearchRows.Parameter(command, $"t{i}", terms[i]);
        }
    }
}
