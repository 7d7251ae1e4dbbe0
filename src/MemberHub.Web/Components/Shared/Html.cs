using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace MemberHub.Web.Components.Shared;

/// <summary>
/// HTML for what a statically rendered page repeats per post (a thread's answers, a list's rows): written into one string
/// and given to the renderer as markup. The renderer writes an element attribute by attribute, a few writes each, and a
/// thread of fifty answers came to tens of thousands of writes per request — more work than everything else on the page.
/// Every value is encoded here; only the markup around it is literal. Only for static pages: markup is not diffed.
/// </summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    /// <summary>A submit button of the page's action form (<paramref name="form"/>, by id) posting <paramref name="act"/> as Input.Act.</summary>
    public static string Act(string form, string act, string text, string? testId = null, string color = "default", string? id = null,
        string variant = "text", bool disabled = false, string? icon = null) =>
        new StringBuilder(256)
            .Append("<button type=\"submit\" form=\"").Append(Encode(form)).Append("\" name=\"Input.Act\" value=\"").Append(Encode(act)).Append('"')
            .Attribute("id", id).Attribute("data-testid", testId).Append(disabled ? " disabled" : "")
            .Append(" class=\"act act-").Append(variant).Append(" act-").Append(color).Append("\">")
            .Append(icon is null ? "" : Icon(icon)).Append(Encode(text)).Append("</button>").ToString();

    /// <summary>A link drawn as a small button (opening a box on the page, or another page).</summary>
    public static string Link(string href, string text, string? testId = null, string color = "default", string? id = null, string variant = "text") =>
        new StringBuilder(192)
            .Append("<a href=\"").Append(Encode(href)).Append('"').Attribute("id", id).Attribute("data-testid", testId)
            .Append(" class=\"act act-").Append(variant).Append(" act-").Append(color).Append("\">").Append(Encode(text)).Append("</a>").ToString();

    /// <summary>One of the page's icons (<see cref="IconSprite"/>) by name.</summary>
    public static string Icon(string name, string size = "small") =>
        $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{size}\" aria-hidden=\"true\"><use href=\"#icon-{name}\"/></svg>";

    /// <summary>A chip (a tag, a badge) in MudBlazor's look.</summary>
    public static string Chip(string text, string color = "default", string variant = "outlined", string? testId = null) =>
        new StringBuilder(160)
            .Append("<span class=\"mud-chip mud-chip-").Append(variant).Append(" mud-chip-size-small mud-chip-color-").Append(color).Append('"')
            .Attribute("data-testid", testId).Append("><span class=\"mud-chip-content\">").Append(Encode(text)).Append("</span></span>").ToString();

    public static StringBuilder Attribute(this StringBuilder html, string name, string? value) =>
        value is null ? html : html.Append(' ').Append(name).Append("=\"").Append(Encode(value)).Append('"');

    public static StringBuilder Attribute(this StringBuilder html, string name, int value) =>
        html.Append(' ').Append(name).Append("=\"").Append(value.ToString(CultureInfo.InvariantCulture)).Append('"');

    public static StringBuilder Text(this StringBuilder html, string? text) => html.Append(Encode(text));
}
