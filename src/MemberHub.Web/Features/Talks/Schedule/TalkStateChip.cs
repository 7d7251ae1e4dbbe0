using MemberHub.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>Where a talk stands: scheduled, live, ended, canceled.</summary>
public sealed class TalkStateChip : StatusChip
{
    [Parameter, EditorRequired]
    public TalkState State { get; set; }

    [Inject]
    private IStringLocalizer<TalksText> T { get; set; } = default!;

    protected override string Text => T[$"State.{State}"];

    protected override StatusTone Tone => ToneOf(State);

    protected override string TestId => "talk-state";

    protected override string StateValue => State.ToString().ToLowerInvariant();

    private static StatusTone ToneOf(TalkState state) => state switch
    {
        TalkState.Live => StatusTone.Error,
        TalkState.Scheduled => StatusTone.Info,
        TalkState.Canceled => StatusTone.Warning,
        _ => StatusTone.Default,
    };

    /// <summary>The chip as markup, for a list's rows.</summary>
    public static System.Text.StringBuilder Markup(System.Text.StringBuilder html, TalkState state, IStringLocalizer<TalksText> text) =>
        Markup(html, text[$"State.{state}"], ToneOf(state), "talk-state", "data-state", state.ToString().ToLowerInvariant());
}
