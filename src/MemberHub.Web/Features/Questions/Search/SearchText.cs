using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MemberHub.Web.Features.Questions.Board;

namespace MemberHub.Web.Features.Questions.Search;

/// <summary>
/// How the board's text becomes search terms on any database: words lower-cased without punctuation, Chinese split into
/// characters (it has no spaces between words), and highlighted matches turned back into encoded HTML.
/// </summary>
public static partial class SearchText
{
    public const char MarkOpen = '\u0002';
    public const char MarkClose = '\u0003';

    /// <summary>The index row of a post: kind and post id in one number, so updating one post touches one row.</summary>
    public static long RowId(string kind, int postId) => postId * 4L + (kind == PostKinds.Question ? 1 : 2);

    /// <summary>The terms to look for: every term for a search; for "similar questions" a long Chinese run becomes its bigrams,
    /// so any two characters in common count.</summary>
    public static IEnumerable<string> TermsToMatch(string? text, bool all) =>
        Terms(text).SelectMany(term => all || !IsHan(term[0]) || term.Length <= 2 ? [term] : Bigrams(term));

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

    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

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

}
