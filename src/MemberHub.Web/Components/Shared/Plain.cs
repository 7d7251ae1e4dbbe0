using Microsoft.AspNetCore.Components;

namespace MemberHub.Web.Components.Shared;

/// <summary>
/// <see cref="Html"/>'s buttons, links, icons and chips as markup for Razor (<c>@Plain.Act(…)</c>): one write each
/// instead of a component, or an element written attribute by attribute.
/// </summary>
public static class Plain
{
    /// <summary>A submit button of the page's action form (<paramref name="form"/>, by id) that posts <paramref name="act"/> as Input.Act.</summary>
    public static MarkupString Act(string form, string act, string text, string? testId = null, string color = "default", string? id = null,
        string variant = "text", bool disabled = false, string? icon = null) =>
        new(Html.Build(html => html.Act(form, act, text, testId, color, id, variant, disabled, icon)));

    /// <summary>A link drawn as a small button (opening a box on the page, or another page).</summary>
    public static MarkupString Link(string href, string text, string? testId = null, string color = "default", string? id = null, string variant = "text") =>
        new(Html.Build(html => html.Link(href, text, testId, color, id, variant)));

    /// <summary>An icon of the page's <see cref="IconSprite"/>.</summary>
    public static MarkupString Icon(string name, string size = "small") => new(Html.Build(html => html.Icon(name, size)));

    /// <summary>A chip (tag, badge) in MudBlazor's look.</summary>
    public static MarkupString Chip(string text, string color = "default", string variant = "outlined", string? testId = null) =>
        new(Html.Build(html => html.Chip(text, color, variant, testId)));
}
