using System.Text;

namespace MemberHub.Web.Features.Content.Tracks;

public static class Slugs
{
    /// <summary>"Getting Started!" → "getting-started"; text with no Latin letters or digits gets <paramref name="fallback"/>.</summary>
    public static string From(string? text, string fallback)
    {
        var slug = new StringBuilder();
        foreach (var c in (text ?? "").ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? fallback : result[..Math.Min(result.Length, 60)].Trim('-');
    }
}
