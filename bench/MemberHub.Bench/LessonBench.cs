using System.Text;

namespace MemberHub.Bench;

/// <summary>
/// The lesson page as a signed-in member gets it (server-rendered HTML, driven by wrk, see bench/run-lesson.sh):
/// a 3 000-word lesson imported from a content folder, a member with a tier, and that member's sign-in cookie.
/// </summary>
public static class LessonBench
{
    public const string TrackSlug = "bench";
    public const string LessonSlug = "long-lesson";

    public static async Task ServeAsync(int words)
    {
        await using var host = new BenchHost(new Dictionary<string, string?> { ["Storage:ContentDirectory"] = WriteContent(words) });
        var cookie = await host.MemberCookieAsync();
        Console.WriteLine($"READY {host.BaseUrl}/learn/{TrackSlug}/{LessonSlug} {cookie}");
        await Task.Delay(Timeout.Infinite);
    }

    /// <summary>A content folder holding the bench track and its long lesson.</summary>
    public static string WriteContent(int words)
    {
        var content = Path.Combine(Path.GetTempPath(), "memberhub-bench", "content-" + Guid.NewGuid().ToString("N"));
        WriteTrack(content, words);
        return content;
    }

    private static void WriteTrack(string content, int words)
    {
        var folder = Path.Combine(content, "tracks", TrackSlug);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "track.md"), "---\ntitle: Bench\nstages:\n  - key: beginner\n    name: Beginner\n---\n");
        File.WriteAllText(Path.Combine(folder, $"01-{LessonSlug}.md"), $"---\ntitle: A long lesson\nstage: beginner\nminutes: 15\n---\n\n{LongMarkdown(words)}");
    }

    /// <summary>Paragraphs, headings, lists, a table and code, about <paramref name="words"/> words.</summary>
    public static string LongMarkdown(int words)
    {
        var vocabulary = "members community answer question expert stage lesson welcome rules introduce paid value season renew talk replay".Split(' ');
        var text = new StringBuilder();
        var written = 0;
        for (var section = 1; written < words; section++)
        {
            text.Append("## Section ").Append(section).Append("\n\n");
            for (var paragraph = 0; paragraph < 3 && written < words; paragraph++)
            {
                for (var i = 0; i < 60; i++, written++)
                {
                    text.Append(i % 17 == 5 ? "**" + vocabulary[(section + i) % vocabulary.Length] + "**" : vocabulary[(section * 7 + i) % vocabulary.Length]).Append(' ');
                }
                text.Append("\n\n");
            }
            text.Append("- a point about [members](https://example.com/members)\n- another about *experts*\n\n");
            text.Append("| week | goal |\n|---|---|\n| 1 | introduce |\n| 2 | ask |\n\n");
            text.Append("```csharp\nvar done = lessons.Count(l => l.Finished); // progress\n```\n\n");
            written += 30;
        }
        return text.ToString();
    }
}
