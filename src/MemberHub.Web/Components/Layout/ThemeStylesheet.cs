using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;
using MudBlazor;

namespace MemberHub.Web.Components.Layout;

/// <summary>
/// The MudBlazor theme (about 300 CSS variables) as two stylesheets made once per process, instead of a
/// <c>MudThemeProvider</c> writing them into every response. The browser caches them for good: the URL carries a
/// hash of the content. The dark/light choice lives in a cookie, so the server picks the sheet and a toggle in the
/// browser swaps it without a circuit.
/// </summary>
public sealed partial class ThemeStylesheet(IServiceProvider services, ILoggerFactory loggerFactory)
{
    private readonly Lazy<Sheets> sheets = new(() => Build(services, loggerFactory), LazyThreadSafetyMode.ExecutionAndPublication);

    public string Url(bool dark) => dark ? sheets.Value.DarkUrl : sheets.Value.LightUrl;

    /// <summary>The sheet for a request path such as <c>light.css</c>, or null when the name is not one of ours.</summary>
    public string? Css(string file) => file switch
    {
        "light.css" => sheets.Value.Light,
        "dark.css" => sheets.Value.Dark,
        _ => null,
    };

    private sealed record Sheets(string Light, string Dark, string LightUrl, string DarkUrl);

    private static Sheets Build(IServiceProvider services, ILoggerFactory loggerFactory)
    {
        var light = Render(services, loggerFactory, dark: false);
        var dark = Render(services, loggerFactory, dark: true);
        return new Sheets(light, dark, "/theme/light.css?v=" + Hash(light), "/theme/dark.css?v=" + Hash(dark));
    }

    private static string Render(IServiceProvider services, ILoggerFactory loggerFactory, bool dark)
    {
        using var scope = services.CreateScope();
        using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        var html = renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = AppTheme.Theme,
                [nameof(MudThemeProvider.IsDarkMode)] = dark,
            });
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(parameters);
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();
        var css = new StringBuilder();
        foreach (Match style in StyleBlock().Matches(html))
        {
            css.AppendLine(System.Net.WebUtility.HtmlDecode(style.Groups[1].Value));
        }
        return css.ToString();
    }

    private static string Hash(string css) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(css)))[..12];

    [GeneratedRegex("<style[^>]*>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();
}
