using MemberHub.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Memberships.Access;

/// <summary>Where a membership stands now: trial, active, ending, in grace, lapsed.</summary>
public sealed class MembershipStatusChip : StatusChip
{
    [Parameter, EditorRequired]
    public MembershipPhase Phase { get; set; }

    [Inject]
    private IStringLocalizer<MembershipText> T { get; set; } = default!;

    protected override string Text => T[$"Phase.{Phase}"];

    protected override StatusTone Tone => Phase switch
    {
        MembershipPhase.Active or MembershipPhase.Trial => StatusTone.Success,
        MembershipPhase.EndingAtPeriodEnd or MembershipPhase.Grace or MembershipPhase.Pending => StatusTone.Warning,
        MembershipPhase.Lapsed => StatusTone.Error,
        _ => StatusTone.Default,
    };

    protected override string TestId => "membership-phase";

    protected override string StateAttribute => "data-phase";

    protected override string StateValue => Phase.ToString();
}
