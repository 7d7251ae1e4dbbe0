using MemberHub.Web.Features.Questions.Board;

namespace MemberHub.Web.Features.Portability.MovingIn.Threads;

public sealed record CheckedPost(string Place, string AuthorId, string Body, DateTime CreatedAtUtc, bool Accepted);

public sealed record CheckedThread(string Key, string Title, CheckedPost Question, IReadOnlyList<CheckedPost> Answers, IReadOnlyList<string> Tags);

/// <summary>A post left out, by where it is in the file, and why (a <c>MovingIn.Skip.*</c> key); a question left out takes its answers with it.</summary>
public sealed record SkippedPost(string Place, string? Title, string Reason, int Answers = 0);

/// <param name="Authors">Accounts here by upper-case e-mail.</param>
/// <param name="StandIn">Who is the author of posts whose author has no account here; null leaves those posts out.</param>
/// <param name="Imported">Keys of threads imported before.</param>
/// <param name="Zone">The community's time zone, for dates written without an offset.</param>
public sealed record ThreadCheckContext(IReadOnlyDictionary<string, string> Authors, string? StandIn, IReadOnlySet<string> Imported, string Zone, DateTime NowUtc);

/// <summary>What of a file can be imported and what cannot, decided before anything is written (table-tested).</summary>
public static class ThreadCheck
{
    public const string NoTitle = "NoTitle";
    public const string NoBody = "NoBody";
    public const string TooLong = "TooLong";
    public const string BadDate = "BadDate";
    public const string UnknownAuthor = "UnknownAuthor";
    public const string AlreadyImported = "AlreadyImported";
    public const string Duplicate = "Duplicate";

    public static (List<CheckedThread> Accepted, List<SkippedPost> Skipped) Run(IEnumerable<IncomingThread> threads, ThreadCheckContext context)
    {
        var accepted = new List<CheckedThread>();
        var skipped = new List<SkippedPost>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var thread in threads)
        {
            var title = thread.Title.Trim();
            var reason = title.Length == 0 ? NoTitle
                : !seen.Add(thread.Key) ? Duplicate
                : context.Imported.Contains(thread.Key) ? AlreadyImported
                : null;
            var question = reason is null ? Post(thread.Question, context, out reason) : null;
            if (question is null)
            {
                skipped.Add(new SkippedPost(thread.Question.Place, title.Length == 0 ? null : title, reason!, thread.Answers.Count));
                continue;
            }
            var answers = new List<CheckedPost>();
            foreach (var incoming in thread.Answers)
            {
                if (Post(incoming, context, out var why) is { } answer)
                {
                    // An answer cannot come before its question: a clock off on the old platform puts it right after.
                    answers.Add(answer.CreatedAtUtc < question.CreatedAtUtc ? answer with { CreatedAtUtc = question.CreatedAtUtc } : answer);
                }
                else
                {
                    skipped.Add(new SkippedPost(incoming.Place, title, why!));
                }
            }
            answers = [.. answers.OrderBy(a => a.CreatedAtUtc)];
            // One accepted answer per question, as on the board: the first one marked.
            var acceptedAt = answers.FindIndex(a => a.Accepted);
            answers = [.. answers.Select((a, i) => a.Accepted && i != acceptedAt ? a with { Accepted = false } : a)];
            var shortTitle = title.Length > Question.TitleMaxLength ? title[..(Question.TitleMaxLength - 1)] + "…" : title;
            accepted.Add(new CheckedThread(thread.Key, shortTitle, question, answers, thread.Tags));
        }
        return (accepted, skipped);
    }

    private static CheckedPost? Post(IncomingPost post, ThreadCheckContext context, out string? reason)
    {
        var body = post.Body.Trim();
        var author = post.AuthorEmail is { } email ? context.Authors.GetValueOrDefault(email.Trim().ToUpperInvariant()) : null;
        var date = IncomingDate.ToUtc(post.Date, context.Zone);
        reason = body.Length == 0 ? NoBody
            : body.Length > Answer.BodyMaxLength ? TooLong
            : date is null || date > context.NowUtc ? BadDate
            : (author ??= context.StandIn) is null ? UnknownAuthor
            : null;
        return reason is null ? new CheckedPost(post.Place, author!, body, date!.Value, post.Accepted) : null;
    }
}
