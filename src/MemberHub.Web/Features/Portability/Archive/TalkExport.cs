using System.Text;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Talks.Schedule;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Portability.Archive;

/// <summary>Each guest talk as Markdown beside the records (<c>content/talks/{id}.md</c>): its abstract, the speaker and the notes written afterwards.</summary>
public static class TalkExport
{
    public static async Task<IReadOnlyList<(string Path, string Text)>> FilesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // A community holds hundreds of talks, not hundreds of thousands: read at once.
        var talks = await db.Set<Talk>().AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return [.. talks.Select(talk => ($"{talk.Id}.md", Markdown(talk)))];
    }

    private static string Markdown(Talk talk)
    {
        var text = new StringBuilder()
            .Append("---\n")
            .Append("id: ").Append(talk.Id).Append('\n')
            .Append("title: ").Append(ThreadExport.Quoted(talk.Title)).Append('\n')
            .Append("speaker: ").Append(ThreadExport.Quoted(talk.SpeakerName)).Append('\n')
            .Append("starts: ").Append(ThreadExport.Date(talk.StartsAtUtc)).Append('\n')
            .Append("ends: ").Append(ThreadExport.Date(talk.EndsAtUtc)).Append('\n')
            .Append("time_zone: ").Append(talk.TimeZoneId).Append('\n')
            .Append(talk.ReplayUrl is { Length: > 0 } replay ? $"replay: {ThreadExport.Quoted(replay)}\n" : "")
            .Append(talk.CanceledAtUtc is { } canceled ? $"canceled: {ThreadExport.Date(canceled)}\n" : "")
            .Append("---\n\n")
            .Append("# ").Append(talk.Title).Append("\n\n")
            .Append(talk.AbstractMarkdown.Trim()).Append('\n');
        if (talk.SpeakerBio.Trim() is { Length: > 0 } bio)
        {
            text.Append("\n## Speaker\n\n").Append(bio).Append('\n');
        }
        if (talk.NotesMarkdown.Trim() is { Length: > 0 } notes)
        {
            text.Append("\n## Notes\n\n").Append(notes).Append('\n');
        }
        return text.ToString();
    }
}
