using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace MemberHub.Web.Components.Shared;

/// <summary>
/// HTML for what a statically rendered page repeats per post (a thread's answers, a list's rows): written into one string
/// and given to the renderer as markup. The renderer writes an element attribute by attribute, a few writes each, and a
/// thread of fifty answers came to tens of thousands of writes per request — more work than everything else on the page.
/// Every value is encoded here; only the markup around it is literal. Only for static pages: markup is not diffed.
/// The pieces append to the caller's builder, and <see cref="Build"/> lends one builder per thread, so a row costs
/// its one string and nothing on the way.
/// </summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    [ThreadStatic]
    private static StringBuilder? spare;

    /// <summary>The markup <paramref name="write"/> appends, in a builder lent for the call (nesting takes a new one).</summary>
    public static string Build(Action<StringBuilder> write)
    {
        var html = spare ?? new StringBuilder(4096);
        spare = null;
        html.Clear();
        write(html);
        var text = html.ToString();
        if (html.Capacity <= 64 * 1024)
        {
            spare = html;
        }
        return text;
    }

    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    /// <summary>Appends <paramref name="text"/> encoded (the encoder hands back text that needs nothing as it is).</summary>
    public static StringBuilder Text(this StringBuilder html, string? text) => string.IsNullOrEmpty(text) ? html : html.Append(Encoder.Encode(text));

    public static StringBuilder Attribute(this StringBuilder html, string name, string? value) =>
        value is null ? html : html.Append(' ').Append(name).Append("=\"").Text(value).Append('"');

    public static StringBuilder Attribute(this StringBuilder html, string name, int value) =>
        html.Append(' ').Append(name).Append("=\"").Append(value.ToString(CultureInfo.InvariantCulture)).Append('"');

    /// <summary>A submit button of the page's action form (<paramref name="form"/>, by id) posting <paramref name="act"/> as Input.Act.</summary>
    public static StringBuilder Act(this StringBuilder html, string form, string act, string text, string? testId = null, string color = "default",
        string? id = null, string variant = "text", bool disabled = false, string? icon = null)
    {
        html.Append("<button type=\"submit\"").Attribute("form", form).Append(" name=\"Input.Act\"").Attribute("value", act)
            .Attribute("id", id).Attribute("data-testid", testId).Append(disabled ? " disabled" : "")
            .Append(" class=\"act act-").Append(variant).Append(" act-").Append(color).Append("\">");
        if (icon is not null)
        {
            html.Icon(icon);
        }
        return html.Text(text).Append("</button>");
    }

    /// <summary>A link drawn as a small button (opening a box on the page, or another page).</summary>
    public static StringBuilder Link(this StringBuilder html, string href, string text, string? testId = null, string color = "default", string? id = null,
        string variant = "text") =>
        html.Append("<a").Attribute("href", href).Attribute("id", id).Attribute("data-testid", testId)
            .Append(" class=\"act act-").Append(variant).Append(" act-").Append(color).Append("\">").Text(text).Append("</a>");

    /// <summary>One of the page's icons (<see cref="IconSprite"/>) by name.</summary>
    public static StringBuilder Icon(this StringBuilder html, string name, string size = "small") =>
        html.Append("<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-").Append(size).Append("\" aria-hidden=\"true\"><use href=\"#icon-").Append(name).Append("\"/></svg>");

    /// <summary>A chip (a tag, a badge) in MudBlazor's look.</summary>
    public static StringBuilder Chip(this StringBuilder html, string text, string color = "default", string variant = "outlined", string? testId = null) =>
        html.Append("<span class=\"mud-chip mud-chip-").Append(variant).Append(" mud-chip-size-small mud-chip-color-").Append(color).Append('"')
            .Attribute("data-testid", testId).Append("><span class=\"mud-chip-content\">").Text(text).Append("</span></span>");
}
