using MemberHub.Web.Features.Questions.Search;

namespace MemberHub.Web.Features.Questions.Faq;

/// <summary>
/// Finds FAQ entries for what a member typed. The FAQ is small (the best few hundred answers), so it is matched in
/// memory: a word in the title counts three times a word in the answer. Searching the FAQ needs every word; "is this
/// already answered?" on the ask page needs any. English words match by their stem (price, prices, pricing); Chinese,
/// which has no spaces, matches by runs of characters, or by pairs of them when any word may match.
/// </summary>
public static class FaqMatching
{
    private const int TitleWeight = 3;

    public static IReadOnlyList<FaqItem> Rank(IEnumerable<FaqItem> entries, string? text, bool every, int take)
    {
        var terms = TermsOf(text, every);
        if (terms.Count == 0 || take <= 0)
        {
            return [];
        }
        return entries
            .Select(entry => (Entry: entry, Hits: Hits(entry, terms)))
            .Where(m => every ? m.Hits.Matched == terms.Count : m.Hits.Matched > 0 && (m.Hits.Score >= TitleWeight || terms.Count == 1))
            .OrderByDescending(m => m.Hits.Score).ThenBy(m => m.Entry.Position).ThenBy(m => m.Entry.Id)
            .Take(take).Select(m => m.Entry).ToList();
    }

    private static (int Matched, int Score) Hits(FaqItem entry, IReadOnlyList<string> terms)
    {
        var title = entry.Title.ToLowerInvariant();
        var answer = entry.AnswerMarkdown.ToLowerInvariant();
        int matched = 0, score = 0;
        foreach (var term in terms)
        {
            var weight = title.Contains(term, StringComparison.Ordinal) ? TitleWeight : answer.Contains(term, StringComparison.Ordinal) ? 1 : 0;
            matched += weight > 0 ? 1 : 0;
            score += weight;
        }
        return (matched, score);
    }

    public static IReadOnlyList<string> TermsOf(string? text, bool every) =>
        SqliteQuestionSearch.Terms(text)
            .SelectMany(term => IsHan(term[0]) ? every || term.Length <= 2 ? [term] : Pairs(term) : [Stem(term)])
            .Distinct().ToList();

    private static IEnumerable<string> Pairs(string run) => Enumerable.Range(0, run.Length - 1).Select(i => run.Substring(i, 2));

    private static readonly string[] Endings = ["ing", "ies", "es", "ed", "s"];

    /// <summary>A crude English stem: enough that "pricing" finds "price" and "prices"; short words stay whole.</summary>
    public static string Stem(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }
        if (word.Length >= 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word[..^1];
        }
        return word.Length >= 5 && word.EndsWith('e') ? word[..^1] : word;
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
