using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace MemberHub.Web.Components.Shared;

public enum StatusTone
{
    Default,
    Success,
    Info,
    Warning,
    Error,
}

/// <summary>
/// The one status chip: MudChip's look in plain markup (lists show one per row, and a MudChip per row is measurable).
/// A feature's chip (a question's state, a talk's, a membership's phase) says only its text, tone and state.
/// </summary>
public abstract class StatusChip : ComponentBase
{
    protected abstract string Text { get; }

    protected abstract StatusTone Tone { get; }

    protected abstract string TestId { get; }

    /// <summary>The state for tests and styles, in <see cref="StateAttribute"/>.</summary>
    protected abstract string StateValue { get; }

    protected virtual string StateAttribute => "data-state";

    protected override void BuildRenderTree(RenderTreeBuilder builder) =>
        builder.AddMarkupContent(0, Html.Build(html => Markup(html, Text, Tone, TestId, StateAttribute, StateValue)));

    /// <summary>The chip as markup, for pages that write one per row (<see cref="Html"/>).</summary>
    public static System.Text.StringBuilder Markup(System.Text.StringBuilder html, string text, StatusTone tone, string testId, string stateAttribute, string stateValue) =>
        html.Append("<span class=\"mud-chip mud-chip-text mud-chip-size-small mud-chip-color-").Append(tone.ToString().ToLowerInvariant()).Append('"')
            .Attribute("data-testid", testId).Attribute(stateAttribute, stateValue)
            .Append("><span class=\"mud-chip-content\">").Text(text).Append("</span></span>");
}
