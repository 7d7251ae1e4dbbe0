using MemberHub.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Where a question stands: asked, answered, resolved.</summary>
public sealed class StateChip : StatusChip
{
    [Parameter, EditorRequired]
    public QuestionState State { get; set; }

    [Inject]
    private IStringLocalizer<QuestionsText> T { get; set; } = default!;

    protected override string Text => T[$"State.{State}"];

    protected override StatusTone Tone => ToneOf(State);

    protected override string TestId => "question-state";

    protected override string StateValue => State.ToString().ToLowerInvariant();

    private static StatusTone ToneOf(QuestionState state) => state switch
    {
        QuestionState.Resolved => StatusTone.Success,
        QuestionState.Answered => StatusTone.Info,
        QuestionState.Open => StatusTone.Warning,
        _ => StatusTone.Default,
    };

    /// <summary>The chip as markup, for a list's rows.</summary>
    public static System.Text.StringBuilder Markup(System.Text.StringBuilder html, QuestionState state, IStringLocalizer<QuestionsText> text) =>
        Markup(html, text[$"State.{state}"], ToneOf(state), "question-state", "data-state", state.ToString().ToLowerInvariant());
}
