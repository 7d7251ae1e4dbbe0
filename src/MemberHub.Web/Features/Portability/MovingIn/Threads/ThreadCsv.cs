namespace MemberHub.Web.Features.Portability.MovingIn.Threads;

/// <summary>
/// Threads from a CSV with one post per row: <c>thread</c> (which thread it belongs to), <c>kind</c> (question or answer;
/// without it, a thread's first row is its question), <c>title</c>, <c>body</c>, <c>author_email</c>, <c>created_at</c>,
/// <c>accepted</c>, <c>tags</c> (separated by <c>;</c>). Headers are matched without case, in English or Chinese;
/// the file is read like a member CSV (UTF-8 or GBK, quotes and line breaks in fields).
/// </summary>
public static class ThreadCsv
{
    private static readonly Dictionary<string, string[]> Names = new()
    {
        ["thread"] = ["thread", "thread_id", "topic", "topic_id", "话题", "话题id", "主题id"],
        ["kind"] = ["kind", "type", "post_type", "类型"],
        ["title"] = ["title", "subject", "标题"],
        ["body"] = ["body", "content", "text", "raw", "内容", "正文"],
        ["email"] = ["author_email", "email", "e-mail", "邮箱", "作者邮箱"],
        ["date"] = ["created_at", "date", "created", "发布时间", "时间"],
        ["accepted"] = ["accepted", "accepted_answer", "采纳", "最佳答案"],
        ["tags"] = ["tags", "标签"],
    };

    public static ThreadFile Read(byte[] bytes)
    {
        var csv = MemberCsv.Read(bytes);
        if (!csv.Succeeded)
        {
            return csv.Refusal switch
            {
                CsvRefusal.TooLarge => ThreadFile.Refused(ThreadFileRefusal.TooLarge),
                CsvRefusal.Empty => ThreadFile.Refused(ThreadFileRefusal.Empty),
                CsvRefusal.NotText => ThreadFile.Refused(ThreadFileRefusal.UnknownFormat, "CSV / JSON"),
                _ => ThreadFile.Refused(ThreadFileRefusal.Malformed, $"{csv.Line}"),
            };
        }
        var column = Names.ToDictionary(n => n.Key, n => csv.Headers.ToList().FindIndex(h => n.Value.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase)));
        if (column["thread"] < 0 || column["body"] < 0)
        {
            return ThreadFile.Refused(ThreadFileRefusal.UnknownFormat, column["thread"] < 0 ? "thread" : "body");
        }
        string? Field(string[] row, string name) => column[name] is var i && i >= 0 && i < row.Length && row[i].Length > 0 ? row[i] : null;

        var threads = new List<(string Key, List<(int Line, string[] Row)> Rows)>();
        var byKey = new Dictionary<string, List<(int, string[])>>();
        for (var i = 0; i < csv.Rows.Count; i++)
        {
            // A row without a thread is a question of its own.
            var key = Field(csv.Rows[i], "thread") ?? $"\0{i}";
            if (!byKey.TryGetValue(key, out var rows))
            {
                byKey[key] = rows = [];
                threads.Add((key, rows));
            }
            rows.Add((csv.LineOf(i), csv.Rows[i]));
        }
        var read = new List<IncomingThread>();
        foreach (var (key, rows) in threads)
        {
            var questionAt = rows.FindIndex(r => IsQuestion(Field(r.Row, "kind")));
            var (line, row) = rows[questionAt < 0 ? 0 : questionAt];
            IncomingPost Post(int at, string[] fields) => new($"{at}", Field(fields, "email"), Field(fields, "date"), Field(fields, "body") ?? "", IsYes(Field(fields, "accepted")));
            var answers = rows.Where(r => r.Line != line).Select(r => Post(r.Line, r.Row)).ToList();
            var tags = (Field(row, "tags") ?? "").Split([';', '；', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var title = Field(row, "title") ?? "";
            var question = Post(line, row);
            var id = key.StartsWith('\0') ? IncomingThread.Fingerprint(title, question) : key;
            read.Add(new IncomingThread(IncomingThread.KeyOf("csv", id), title, question, answers, tags));
        }
        return new ThreadFile(ThreadFile.Csv, read);
    }

    private static bool IsQuestion(string? kind) => kind is not null && (kind.Equals("question", StringComparison.OrdinalIgnoreCase) || kind is "q" or "Q" or "问题" or "提问");

    internal static bool IsYes(string? value) =>
        value is not null && (value.Trim().ToLowerInvariant() is "true" or "1" or "yes" or "y" or "x" or "是" or "采纳");
}
