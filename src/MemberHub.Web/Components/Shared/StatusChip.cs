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

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "mud-chip mud-chip-text mud-chip-size-small mud-chip-color-" + Tone.ToString().ToLowerInvariant());
        builder.AddAttribute(2, "data-testid", TestId);
        builder.AddAttribute(3, StateAttribute, StateValue);
        builder.OpenElement(4, "span");
        builder.AddAttribute(5, "class", "mud-chip-content");
        builder.AddContent(6, Text);
        builder.CloseElement();
        builder.CloseElement();
    }
}
