using System.Globalization;

namespace MemberHub.Web.Infrastructure.Localization;

/// <summary>Renders in one language (an e-mail to a member, say) for the length of a using block.</summary>
public readonly struct UiCultureScope : IDisposable
{
    private readonly CultureInfo previous;

    public UiCultureScope(string? language)
    {
        previous = CultureInfo.CurrentUICulture;
        if (Cultures.Normalize(language) is { } name)
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        }
    }

    public void Dispose() => CultureInfo.CurrentUICulture = previous;
}
