using System.Globalization;

namespace MemberHub.Web.Infrastructure.Localization;

public static class Cultures
{
    public const string English = "en";
    public const string Chinese = "zh-Hans";
    public const string CookieName = ".MemberHub.Culture";

    public static readonly string[] Supported = [English, Chinese];

    /// <summary>Maps "zh", "zh-CN", "zh-Hans-CN" to zh-Hans and "en-GB" to en; null when the language is not offered.</summary>
    public static string? Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        try
        {
            for (var culture = CultureInfo.GetCultureInfo(name.Trim()); culture != CultureInfo.InvariantCulture; culture = culture.Parent)
            {
                // Simplified Chinese is the only Chinese we ship, so any Chinese reader gets it.
                if (culture.Name.Equals("zh", StringComparison.OrdinalIgnoreCase))
                {
                    return Chinese;
                }
                var match = Supported.FirstOrDefault(s => string.Equals(s, culture.Name, StringComparison.OrdinalIgnoreCase));
                if (match is not null)
                {
                    return match;
                }
            }
        }
        catch (CultureNotFoundException)
        {
        }
        return null;
    }

    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
}
