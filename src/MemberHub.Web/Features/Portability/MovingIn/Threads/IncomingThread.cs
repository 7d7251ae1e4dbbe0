namespace MemberHub.Web.Features.Portability.MovingIn.Threads;

/// <summary>
/// A post as another platform's file has it, before any check: its author by e-mail, its date as written, its Markdown.
/// <paramref name="Place"/> says where it is in the file (a CSV line, a Discourse topic#post, a JSON thread.answer).
/// </summary>
public sealed record IncomingPost(string Place, string? AuthorEmail, string? Date, string Body, bool Accepted = false);

/// <summary>A question with its answers. <paramref name="Key"/> names it in its source, so importing a file twice adds nothing twice.</summary>
public sealed record IncomingThread(string Key, string Title, IncomingPost Question, IReadOnlyList<IncomingPost> Answers, IReadOnlyList<string> Tags)
{
    /// <summary>The source and the thread's id there; an id too long to store is shortened to a prefix and its hash.</summary>
    public static string KeyOf(string source, string id)
    {
        var key = $"{source}:{id}";
        return key.Length <= ImportedThread.KeyMaxLength ? key
            : key[..100] + "#" + Hash(key);
    }

    /// <summary>Without its own id a thread is known by what it says, who asked and when.</summary>
    public static string Fingerprint(string title, IncomingPost question) => Hash($"{title}\n{question.AuthorEmail}\n{question.Date}\n{question.Body}")[..32];

    private static string Hash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}

public enum ThreadFileRefusal
{
    None,
    Empty,
    TooLarge,
    /// <summary>Neither a Discourse export, a thread JSON nor a thread CSV; <see cref="ThreadFile.Detail"/> says what was missing.</summary>
    UnknownFormat,
    Malformed,
}

/// <summary>The threads read from one file, and which of the three formats it was.</summary>
public sealed record ThreadFile(string Format, IReadOnlyList<IncomingThread> Threads, ThreadFileRefusal Refusal = ThreadFileRefusal.None, string? Detail = null)
{
    public const string Discourse = "Discourse";
    public const string Json = "JSON";
    public const string Csv = "CSV";

    public bool Succeeded => Refusal == ThreadFileRefusal.None;

    public static ThreadFile Refused(ThreadFileRefusal refusal, string? detail = null) => new("", [], refusal, detail);

    /// <summary>Reads a Discourse export (<c>topics</c> with their posts), a thread JSON, or a thread CSV, told apart by their content.</summary>
    public static ThreadFile Read(byte[] bytes)
    {
        if (bytes.Length > MemberCsv.MaxBytes)
        {
            return Refused(ThreadFileRefusal.TooLarge);
        }
        var start = bytes.AsSpan().TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        if (start.IsEmpty)
        {
            return Refused(ThreadFileRefusal.Empty);
        }
        return start[0] is (byte)'{' or (byte)'[' ? ThreadJson.Read(bytes) : ThreadCsv.Read(bytes);
    }
}
