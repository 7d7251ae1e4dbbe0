using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MemberHub.Web.Features.Portability.MovingIn.Threads;

/// <summary>
/// Threads from JSON: a Discourse export (<c>{"users": […], "topics": [{…, "post_stream": {"posts": […]}}]}</c>, as its
/// API and the solved plugin write them) or MemberHub's plain thread format
/// (<c>{"threads": [{"title", "body", "author_email", "created_at", "tags", "answers": [{…, "accepted"}]}]}</c> or the bare array).
/// </summary>
public static partial class ThreadJson
{
    public static ThreadFile Read(byte[] bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return ThreadFile.Refused(ThreadFileRefusal.Malformed, $"{e.LineNumber + 1}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("topics", out var topics) && topics.ValueKind == JsonValueKind.Array)
            {
                return new ThreadFile(ThreadFile.Discourse, Discourse(root, topics));
            }
            var threads = root.ValueKind == JsonValueKind.Array ? root
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("threads", out var list) && list.ValueKind == JsonValueKind.Array ? list
                : default;
            return threads.ValueKind == JsonValueKind.Array
                ? new ThreadFile(ThreadFile.Json, Plain(threads))
                : ThreadFile.Refused(ThreadFileRefusal.UnknownFormat, "topics / threads");
        }
    }

    private static List<IncomingThread> Plain(JsonElement threads)
    {
        var read = new List<IncomingThread>();
        var number = 0;
        foreach (var thread in threads.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.Object))
        {
            number++;
            var title = Text(thread, "title") ?? "";
            var question = new IncomingPost($"{number}", Text(thread, "author_email") ?? Text(thread, "email"), Text(thread, "created_at"), Text(thread, "body") ?? "");
            var answers = Array(thread, "answers").Select((a, i) =>
                new IncomingPost($"{number}.{i + 1}", Text(a, "author_email") ?? Text(a, "email"), Text(a, "created_at"), Text(a, "body") ?? "", Flag(a, "accepted"))).ToList();
            var key = Text(thread, "id") is { Length: > 0 } id ? id : IncomingThread.Fingerprint(title, question);
            read.Add(new IncomingThread(IncomingThread.KeyOf("json", key), title, question, answers, Tags(thread)));
        }
        return read;
    }

    private static List<IncomingThread> Discourse(JsonElement root, JsonElement topics)
    {
        var byId = new Dictionary<string, string>();
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in Array(root, "users"))
        {
            if (Text(user, "email") is { Length: > 0 } email)
            {
                if (Text(user, "id") is { } id)
                {
                    byId[id] = email;
                }
                if (Text(user, "username") is { } name)
                {
                    byName[name] = email;
                }
            }
        }
        var read = new List<IncomingThread>();
        foreach (var topic in topics.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.Object))
        {
            var topicId = Text(topic, "id") ?? $"{read.Count + 1}";
            var acceptedNumber = topic.TryGetProperty("accepted_answer", out var accepted) && accepted.ValueKind == JsonValueKind.Object ? Text(accepted, "post_number") : null;
            var posts = (topic.TryGetProperty("post_stream", out var stream) ? Array(stream, "posts") : Array(topic, "posts"))
                // Regular posts only: moderator actions (3) and whispers (4) are not part of the discussion; deleted posts stay out.
                .Where(p => (Text(p, "post_type") ?? "1") == "1" && Text(p, "deleted_at") is null)
                .OrderBy(p => int.TryParse(Text(p, "post_number"), out var n) ? n : int.MaxValue)
                .Select(p =>
                {
                    var number = Text(p, "post_number") ?? "";
                    var email = Text(p, "email") ?? (Text(p, "user_id") is { } uid ? byId.GetValueOrDefault(uid) : null)
                        ?? (Text(p, "username") is { } name ? byName.GetValueOrDefault(name) : null);
                    var body = Text(p, "raw") ?? FromCooked(Text(p, "cooked") ?? "");
                    return new IncomingPost($"{topicId}#{number}", email, Text(p, "created_at"), body, Flag(p, "accepted_answer") || (acceptedNumber is not null && number == acceptedNumber));
                })
                .ToList();
            if (posts.Count == 0)
            {
                continue;
            }
            read.Add(new IncomingThread(IncomingThread.KeyOf("discourse", topicId), Text(topic, "title") ?? Text(topic, "fancy_title") ?? "", posts[0], posts[1..], Tags(topic)));
        }
        return read;
    }

    private static IReadOnlyList<string> Tags(JsonElement thread) =>
        Array(thread, "tags").Select(t => t.ValueKind == JsonValueKind.Object ? Text(t, "name") : Text(t)).OfType<string>().Where(t => t.Length > 0).ToList();

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind is JsonValueKind.Object or JsonValueKind.String)
            : [];

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? Text(value) : null;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Trim(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && (value.ValueKind == JsonValueKind.True || (Text(value) is { } text && ThreadCsv.IsYes(text)));

    /// <summary>A post exported without its Markdown source: its HTML as plain paragraphs (MemberHub renders no raw HTML).</summary>
    internal static string FromCooked(string html)
    {
        var text = BlockEnd().Replace(html, "\n\n");
        text = LineBreak().Replace(text, "\n");
        text = WebUtility.HtmlDecode(AnyTag().Replace(text, ""));
        return ManyBlankLines().Replace(text, "\n\n").Trim();
    }

    [GeneratedRegex(@"</(p|div|h[1-6]|li|blockquote|pre)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ManyBlankLines();
}
