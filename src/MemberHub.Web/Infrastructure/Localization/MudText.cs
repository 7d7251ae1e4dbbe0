using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MemberHub.Web.Infrastructure.Localization;

/// <summary>MudBlazor's own words (button labels such as "Close", "Increment", "Toggle …") in Chinese (MudText.zh-Hans.resx).</summary>
public sealed class MudText;

/// <summary>
/// Gives MudBlazor the Chinese translations it does not ship. Outside Chinese, or for a key not translated, it answers
/// "not found" and MudBlazor uses its built-in English.
/// </summary>
internal sealed class ChineseMudLocalizer(IStringLocalizer<MudText> text) : MudLocalizer
{
    public override LocalizedString this[string key] => Translate(key, []);

    public override LocalizedString this[string key, params object[] arguments] => Translate(key, arguments);

    private LocalizedString Translate(string key, object[] arguments)
    {
        if (Cultures.IsChinese && text[key, arguments] is { ResourceNotFound: false } found)
        {
            return found;
        }
        return new LocalizedString(key, key, resourceNotFound: true);
    }
}
