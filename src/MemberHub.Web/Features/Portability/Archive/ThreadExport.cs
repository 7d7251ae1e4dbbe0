using System.Globalization;
using System.Text;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Portability.Archive;

/// <summary>
/// The board's long text as Markdown beside the records, in files of 500 questions (<c>content/questions/{first}-{last}.md</c>),
/// each question with its answers in order, authors and dates, so the archive can be read without a database. The records stay what an
/// import restores; deleted posts are only there.
/// </summary>
public static class ThreadExport
{
    private const int Batch = 500;

    public static async IAsyncEnumerable<(string Path, string Text)> FilesAsync(AppDbContext db, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = 0;
        while (true)
        {
            // Keyset batches inside the export's read transaction: bounded memory at any board size.
            var questions = await db.Set<Question>().AsNoTracking().Where(q => q.Id > after && !q.IsDeleted).OrderBy(q => q.Id).Take(Batch)
                .Select(q => new { q.Id, q.AuthorId, q.Title, q.BodyMarkdown, q.State, q.CreatedAtUtc, q.AcceptedAnswerId, q.IsHidden })
                .ToListAsync(cancellationToken);
            if (questions.Count == 0)
            {
                yield break;
            }
            after = questions[^1].Id;
            var (first, last) = (questions[0].Id, after);
            var answers = (await db.Set<Answer>().AsNoTracking().Where(a => a.QuestionId >= first && a.QuestionId <= last && !a.IsDeleted)
                    .OrderBy(a => a.QuestionId).ThenBy(a => a.IsSummary ? 0 : 1).ThenBy(a => a.CreatedAtUtc)
                    .Select(a => new { a.Id, a.QuestionId, a.AuthorId, a.BodyMarkdown, a.CreatedAtUtc, a.IsSummary, a.IsHidden })
                    .ToListAsync(cancellationToken))
                .ToLookup(a => a.QuestionId);
            var authorIds = questions.Select(q => q.AuthorId).Concat(answers.SelectMany(g => g).Select(a => a.AuthorId)).Distinct().ToList();
            var name = await AuthorNamesAsync(db, authorIds, cancellationToken);

            // One file per batch: a zip entry per question would hold a hundred thousand entries' directory in memory.
            var text = new StringBuilder();
            foreach (var question in questions)
            {
                text.Append("# ").Append(question.Title).Append("\n\n")
                    .Append('*').Append('#').Append(question.Id).Append(" · ").Append(name(question.AuthorId)).Append(" · ").Append(Date(question.CreatedAtUtc))
                    .Append(" · ").Append(question.State).Append(question.IsHidden ? " · hidden" : "").Append("*\n\n")
                    .Append(question.BodyMarkdown.Trim()).Append("\n\n");
                foreach (var answer in answers[question.Id])
                {
                    var kind = answer.IsSummary ? "Summary" : answer.Id == question.AcceptedAnswerId ? "Accepted answer" : "Answer";
                    text.Append("## ").Append(kind).Append(" — ").Append(name(answer.AuthorId)).Append(", ").Append(Date(answer.CreatedAtUtc))
                        .Append(answer.IsHidden ? " (hidden)" : "").Append("\n\n")
                        .Append(answer.BodyMarkdown.Trim()).Append("\n\n");
                }
            }
            yield return ($"{questions[0].Id:D7}-{questions[^1].Id:D7}.md", text.ToString());
        }
    }

    /// <summary>Display names of a batch's authors, read at once; an author without one is shown by their id.</summary>
    internal static async Task<Func<string, string>> AuthorNamesAsync(AppDbContext db, List<string> authorIds, CancellationToken cancellationToken)
    {
        var names = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return id => names.GetValueOrDefault(id) is { Length: > 0 } name ? name : id;
    }

    internal static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
