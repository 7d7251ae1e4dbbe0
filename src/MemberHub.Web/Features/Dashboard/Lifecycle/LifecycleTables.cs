using MemberHub.Web.Components.Shared;
using MemberHub.Web.Features.Dashboard.Revenue;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard.Lifecycle;

/// <summary>The lifecycle panel's tables, and the sentence that says why the phase is what it is.</summary>
public static class LifecycleTables
{
    public static readonly string[] Names = ["lifecycle", "renewals"];

    public static DashboardTable Of(string name, LifecycleSnapshot snapshot, IStringLocalizer<DashboardText> text) => name switch
    {
        "lifecycle" => new(name,
            [text["Range.From"], text["Range.To"], text["Lifecycle.AtStart"], text["Lifecycle.Joined"], text["Lifecycle.Ended"], text["Lifecycle.TookPart"],
                text["Lifecycle.ActiveShare"], text["Lifecycle.PostsPerMember"]],
            snapshot.Periods.Select(p => RevenueTables.Row(Day(p.Start), Day(p.End), p.MembersAtStart, p.Joined, p.Ended, p.ActiveMembers,
                p.ActiveShare, Math.Round(p.PostsPerMember, 1))).ToList()),
        "renewals" => new(name,
            [text["Range.From"], text["Range.To"], text["Lifecycle.Due"], text["Lifecycle.WillEnd"], text["Lifecycle.Active"], text["Lifecycle.Silent"],
                text["Lifecycle.Expected"]],
            snapshot.Renewals.Select(r => RevenueTables.Row(Day(r.From), Day(r.To), r.Due, r.WillEnd, r.Active, r.Silent, Math.Round(r.Expected, 1))).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a lifecycle table"),
    };

    public static string Reason(LifecycleVerdict verdict, IStringLocalizer<DashboardText> text) => verdict switch
    {
        { Phase: LifecyclePhase.Launch } => text["Lifecycle.Why.Launch", verdict.AgeDays, LifecycleReading.LaunchDays],
        { Phase: LifecyclePhase.Growth, Latest: { } latest, Before: { } before } => text["Lifecycle.Why.Growth", latest.Joined, latest.Ended,
            Figure.Percent(latest.MembersAtStart == 0 ? null : (double)latest.NetGrowth / latest.MembersAtStart), before.Joined],
        { Phase: LifecyclePhase.Decline, Latest: { } latest, Before: { } before } => text["Lifecycle.Why.Decline", Figure.Percent(latest.ActiveShare),
            Figure.Percent(before.ActiveShare), Math.Round(latest.PostsPerMember, 1), Math.Round(before.PostsPerMember, 1), latest.Joined, latest.Ended],
        { Latest: { } latest } => text["Lifecycle.Why.Maturity", latest.Joined, latest.Ended, Figure.Percent(latest.ActiveShare)],
        _ => "",
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");
}
