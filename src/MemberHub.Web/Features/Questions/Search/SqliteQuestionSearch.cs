using System.Data.Common;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Search;

/// <summary>
/// FTS5 over words (porter stemming for English). Chinese has no spaces between words, so every Han character is
/// indexed as a token of its own and a Chinese query becomes a phrase of characters; the spaces are taken out again in
/// what is shown. The row id encodes kind and post id, so updating one post touches one row.
/// </summary>
public sealed partial class SqliteQuestionSearch(IDbContextFactory<AppDbContext> contexts, int commonMatches = SqliteQuestionSearch.CommonMatches)
    : IQuestionSearch
{
    /// <summary>
    /// Past this many matches a query finds nothing in particular, and ranking every match is what costs (a word in
    /// 200 000 posts took 350 ms): such a query lists the newest posts first, which FTS5 reads in order and stops early.
    /// </summary>
    public const int CommonMatches = 5_000;

    private const char MarkOpen = '\u0002';
    private const char MarkClose = '\u0003';

    public static long RowId(string kind, int postId) => postId * 4L + (kind == PostKinds.Question ? 1 : 2);

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
        Add(counting, "$match", match);
        Add(counting, "$enough", commonMatches + 1);
        var common = Convert.ToInt64(await counting.ExecuteScalarAsync(cancellationToken)) > commonMatches;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        // FTS5's own rank column (title weighted ten times the body) lets FTS5 sort the matches itself, so
        // highlight and snippet run only for the rows returned, not for every match.
        command.CommandText = $"""
            SELECT rowid, kind, question_id, highlight(QaSearch, 0, char(2), char(3)), snippet(QaSearch, 1, char(2), char(3), '…', 24), rank
            FROM QaSearch WHERE QaSearch MATCH $match AND rank MATCH 'bm25(10.0, 1.0)' {kind}
            ORDER BY {(common ? "rowid DESC" : "rank")} LIMIT $limit
            """;
        Add(command, "$match", match);
        Add(command, "$limit", take * 4);
        var rows = new List<(string Kind, int PostId, int QuestionId, string Title, string Snippet, double Rank)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(1), (int)(reader.GetInt64(0) / 4), reader.GetInt32(2), reader.IsDBNull(3) ? "" : reader.GetString(3),
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

    /// <summary>
    /// The FTS5 query for what a member typed: every word must match for a search, any for "similar questions"; each word
    /// is quoted, so no FTS syntax gets through. Null when nothing searchable is left.
    /// </summary>
    public static string? MatchExpression(string? text, bool all)
    {
        var phrases = Terms(text)
            .SelectMany(term => all || !IsHan(term[0]) || term.Length <= 2 ? [term] : Bigrams(term))
            .Select(term => "\"" + Segment(term).Trim().Replace("\"", "\"\"") + "\"")
            .Distinct().Take(24).ToList();
        return phrases.Count == 0 ? null : string.Join(all ? " AND " : " OR ", phrases);
    }

    /// <summary>Words of the query, lower-cased, without FTS operators or punctuation; a run of Chinese stays one term (a phrase).</summary>
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
            if (char.IsLetterOrDigit(c) && (word.Length == 0 || IsHan(c) == IsHan(word[^1])))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        // Words that are in nearly every post find nothing in particular and cost the most to rank; dropped unless they are all there is.
        var distinct = words.Distinct().ToList();
        var meaningful = distinct.Where(w => !StopWords.Contains(w)).ToList();
        return (meaningful.Count > 0 ? meaningful : distinct).Take(12).ToList();
    }

    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from", "how", "i", "if", "in", "is", "it",
        "my", "of", "on", "or", "should", "so", "that", "the", "this", "to", "we", "what", "when", "which", "who", "why", "will", "with", "you",
    ];

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static IEnumerable<string> Bigrams(string han) => Enumerable.Range(0, han.Length - 1).Select(i => han.Substring(i, 2));

    /// <summary>Each Han character becomes a token of its own ("成员开口" → "成 员 开 口"), for indexing and for query phrases.</summary>
    public static string Segment(string text)
    {
        if (!text.Any(IsHan))
        {
            return text.Replace(MarkOpen, ' ').Replace(MarkClose, ' ');
        }
        var segmented = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (c is MarkOpen or MarkClose)
            {
                segmented.Append(' ');
            }
            else if (IsHan(c))
            {
                segmented.Append(' ').Append(c).Append(' ');
            }
            else
            {
                segmented.Append(c);
            }
        }
        return SpaceRuns().Replace(segmented.ToString(), " ").Trim();
    }

    // The indexed text is plain text written by members: join the Han characters up again, encode all of it, then turn the
    // match markers into <mark>.
    public static string Marked(string text) =>
        WebUtility.HtmlEncode(SpaceBetweenHan().Replace(text, ""))
            .Replace(MarkOpen.ToString(), "<mark>").Replace(MarkClose.ToString(), "</mark>");

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex SpaceRuns();

    // A space next to a Han character was put there by Segment (Chinese is written without them); a space between
    // Chinese and Latin text in the original is lost too, which only shows in snippets.
    [GeneratedRegex(@"(?<=[\u3400-\u9FFF\uF900-\uFAFF][\u0002\u0003]*) | (?=[\u0002\u0003]*[\u3400-\u9FFF\uF900-\uFAFF])")]
    private static partial Regex SpaceBetweenHan();

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
