using System.Data.Common;
using System.Globalization;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Questions.Search;

/// <summary>
/// What each database's search does the same once its ranked query is written: read the rows (row id, kind, question id,
/// highlighted title, snippet, rank), keep those of listed questions, the best row of each question, as hits.
/// </summary>
internal static class SearchRows
{
    public readonly record struct Row(string Kind, int PostId, int QuestionId, string Title, string Snippet, double Rank);

    /// <param name="text">Applied to the title and the snippet as read (a database that stored them changed undoes it here).</param>
    public static async Task<List<Row>> ReadAsync(DbCommand command, Func<string, string> text, CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new Row(reader.GetString(1), (int)(reader.GetInt64(0) / 4), reader.GetInt32(2), reader.IsDBNull(3) ? "" : text(reader.GetString(3)),
                reader.IsDBNull(4) ? "" : text(reader.GetString(4)), Convert.ToDouble(reader.GetValue(5), CultureInfo.InvariantCulture)));
        }
        return rows;
    }

    /// <summary>At most <paramref name="take"/> hits, one per question, hidden and deleted questions left out.</summary>
    public static async Task<IReadOnlyList<SearchHit>> HitsAsync(AppDbContext db, IReadOnlyList<Row> rows, int take, CancellationToken cancellationToken)
    {
        var questionIds = rows.Select(r => r.QuestionId).Distinct().ToList();
        var titles = await db.Set<Question>().AsNoTracking().Where(q => questionIds.Contains(q.Id) && !q.IsHidden && !q.IsDeleted)
            .ToDictionaryAsync(q => q.Id, q => q.Title, cancellationToken);
        return rows.Where(r => titles.ContainsKey(r.QuestionId))
            .GroupBy(r => r.QuestionId).Select(g => g.First())
            .Take(take)
            .Select(r => new SearchHit(r.Kind, r.PostId, r.QuestionId,
                SearchText.Marked(r.Kind == PostKinds.Question && r.Title.Length > 0 ? r.Title : titles[r.QuestionId]), SearchText.Marked(r.Snippet), r.Rank))
            .ToList();
    }

    public static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
