using System.Data.Common;
using System.Net;
using System.Text;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Search;

/// <summary>
/// FTS5 with the trigram tokenizer, so Chinese (no spaces between words) is searchable as well as English; terms of
/// fewer than three characters fall back to a substring scan. The row id encodes kind and post id, so updating one
/// post touches one row.
/// </summary>
public sealed class SqliteQuestionSearch(IDbContextFactory<AppDbContext> contexts) : IQuestionSearch
{
    public const string Table = "QaSearch";
    private const char MarkOpen = '\u0002';
    private const char MarkClose = '\u0003';

    public static long RowId(string kind, int postId) => postId * 4L + (kind == PostKinds.Question ? 1 : 2);

    public async Task IndexAsync(AppDbContext db, SearchDocument document, CancellationToken cancellationToken = default)
    {
        var rowId = RowId(document.Kind, document.PostId);
        await db.Database.ExecuteSqlAsync($"DELETE FROM QaSearch WHERE rowid = {rowId}", cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO QaSearch (rowid, title, body, kind, question_id) VALUES ({rowId}, {document.Title}, {document.Text}, {document.Kind}, {document.QuestionId})",
            cancellationToken);
    }

    public async Task RemoveAsync(AppDbContext db, string kind, int postId, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlAsync($"DELETE FROM QaSearch WHERE rowid = {RowId(kind, postId)}", cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int take, CancellationToken cancellationToken = default) =>
        RunAsync(query, take, all: true, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SimilarAsync(string title, int take, CancellationToken cancellationToken = default) =>
        RunAsync(title, take, all: false, cancellationToken);

    private async Task<IReadOnlyList<SearchHit>> RunAsync(string text, int take, bool all, CancellationToken cancellationToken)
    {
        var terms = Terms(text);
        if (terms.Count == 0 || take <= 0)
        {
            return [];
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // "Similar" wants any shared word; Chinese has no spaces between words, so a run of Han characters offers its trigrams.
        var longTerms = (all ? terms : terms.SelectMany(Trigrams)).Where(t => t.Length >= 3).Distinct().Take(24).ToList();
        var snippetColumns = $"""
            highlight(QaSearch, 0, char(2), char(3)), snippet(QaSearch, 1, char(2), char(3), '…', 24)
            """;
        if (longTerms.Count > 0)
        {
            // Every term must match for a search; any term for "similar questions". Quoted, so no FTS syntax leaks in.
            var match = string.Join(all ? " AND " : " OR ", longTerms.Select(t => "\"" + t.Replace("\"", "\"\"") + "\""));
            command.CommandText = $"""
                SELECT rowid, kind, question_id, {snippetColumns}, bm25(QaSearch, 10.0, 1.0) AS rank
                FROM QaSearch WHERE QaSearch MATCH $match {(all ? "" : "AND kind = 'question'")}
                ORDER BY rank LIMIT $limit
                """;
            Add(command, "$match", match);
        }
        else
        {
            command.CommandText = $"""
                SELECT rowid, kind, question_id, title, substr(body, 1, 200), 0.0 AS rank
                FROM QaSearch WHERE (title LIKE $like OR body LIKE $like) {(all ? "" : "AND kind = 'question'")}
                ORDER BY rowid DESC LIMIT $limit
                """;
            Add(command, "$like", "%" + terms[0].Replace("%", "").Replace("_", "") + "%");
        }
        Add(command, "$limit", take * 4);
        var rows = new List<(string Kind, int PostId, int QuestionId, string Title, string Snippet, double Rank)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var rowId = reader.GetInt64(0);
                rows.Add((reader.GetString(1), (int)(rowId / 4), reader.GetInt32(2), reader.IsDBNull(3) ? "" : reader.GetString(3),
                    reader.IsDBNull(4) ? "" : reader.GetString(4), reader.GetDouble(5)));
            }
        }
        var questionIds = rows.Select(r => r.QuestionId).Distinct().ToList();
        var titles = await db.Set<Question>().AsNoTracking().Where(q => questionIds.Contains(q.Id) && !q.IsHidden && !q.IsDeleted)
            .ToDictionaryAsync(q => q.Id, q => q.Title, cancellationToken);
        return rows.Where(r => titles.ContainsKey(r.QuestionId))
            .GroupBy(r => r.QuestionId).Select(g => g.First())
            .Take(take)
            .Select(r => new SearchHit(r.Kind, r.PostId, r.QuestionId,
                Marked(r.Kind == PostKinds.Question && r.Title.Length > 0 ? r.Title : titles[r.QuestionId]), Marked(r.Snippet), r.Rank))
            .ToList();
    }

    /// <summary>Words of the query, lower-cased, without FTS operators or punctuation.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words.Distinct().Take(12).ToList();
    }

    private static IEnumerable<string> Trigrams(string term) =>
        term.Length > 3 && term.Any(c => c >= '\u3400')
            ? Enumerable.Range(0, term.Length - 2).Select(i => term.Substring(i, 3))
            : [term];

    // The indexed text is plain text written by members: encode all of it, then turn the match markers into <mark>.
    public static string Marked(string text) =>
        WebUtility.HtmlEncode(text).Replace(MarkOpen.ToString(), "<mark>").Replace(MarkClose.ToString(), "</mark>");

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
