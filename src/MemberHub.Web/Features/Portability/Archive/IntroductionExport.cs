using System.Text;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Introductions;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Portability.Archive;

/// <summary>
/// The introductions as Markdown beside the records, 500 to a file (<c>content/introductions/{first}-{last}.md</c>): who
/// introduced themselves, when, what they wrote and the replies, so the joining ritual's words can be read without a database.
/// </summary>
public static class IntroductionExport
{
    private const int Batch = 500;

    public static async IAsyncEnumerable<(string Path, string Text)> FilesAsync(AppDbContext db, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = 0;
        while (true)
        {
            // Keyset batches like the questions': a community of fifty thousand introduced members stays within bounded memory.
            var introductions = await db.Set<Introduction>().AsNoTracking().Where(i => i.Id > after).OrderBy(i => i.Id).Take(Batch)
                .Select(i => new { i.Id, i.AuthorId, i.BodyMarkdown, i.CreatedAtUtc, i.IsHidden })
                .ToListAsync(cancellationToken);
            if (introductions.Count == 0)
            {
                yield break;
            }
            after = introductions[^1].Id;
            var first = introductions[0].Id;
            var replies = (await db.Set<IntroductionReply>().AsNoTracking().Where(r => r.IntroductionId >= first && r.IntroductionId <= after)
                    .OrderBy(r => r.IntroductionId).ThenBy(r => r.CreatedAtUtc).ThenBy(r => r.Id)
                    .Select(r => new { r.IntroductionId, r.AuthorId, r.BodyMarkdown, r.CreatedAtUtc, r.IsHidden })
                    .ToListAsync(cancellationToken))
                .ToLookup(r => r.IntroductionId);
            var authorIds = introductions.Select(i => i.AuthorId).Concat(replies.SelectMany(g => g).Select(r => r.AuthorId)).Distinct().ToList();
            var name = await ThreadExport.AuthorNamesAsync(db, authorIds, cancellationToken);

            var text = new StringBuilder();
            foreach (var introduction in introductions)
            {
                text.Append("# ").Append(name(introduction.AuthorId)).Append("\n\n")
                    .Append('*').Append('#').Append(introduction.Id).Append(" · ").Append(ThreadExport.Date(introduction.CreatedAtUtc))
                    .Append(introduction.IsHidden ? " · hidden" : "").Append("*\n\n")
                    .Append(introduction.BodyMarkdown.Trim()).Append("\n\n");
                foreach (var reply in replies[introduction.Id])
                {
                    text.Append("## Reply — ").Append(name(reply.AuthorId)).Append(", ").Append(ThreadExport.Date(reply.CreatedAtUtc))
                        .Append(reply.IsHidden ? " (hidden)" : "").Append("\n\n")
                        .Append(reply.BodyMarkdown.Trim()).Append("\n\n");
                }
            }
            yield return ($"{first:D7}-{after:D7}.md", text.ToString());
        }
    }
}
