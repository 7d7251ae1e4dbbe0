using MemberHub.Web.Features.Dashboard.Revenue;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard.Engagement;

/// <summary>The engagement panel's tables.</summary>
public static class EngagementTables
{
    public static readonly string[] Names = ["core", "silent"];

    /// <summary>How many of each list the page names; the CSV has them all.</summary>
    public const int ShownOnPage = 100;

    public static DashboardTable Of(string name, EngagementSnapshot snapshot, IStringLocalizer<DashboardText> text) => name switch
    {
        "core" => new(name, [text["Engagement.Member"], text["Engagement.Points"]],
            snapshot.Core.Select(c => RevenueTables.Row(c.Name, c.Points)).ToList(), snapshot.BySegment.GetValueOrDefault(Segment.Core)),
        "silent" => new(name, [text["Engagement.Member"], text["Engagement.RenewsOn"], text["Engagement.Renewal"]],
            snapshot.Silent.Select(s => RevenueTables.Row(s.Name, s.RenewsAtUtc?.ToString("yyyy-MM-dd"),
                text[s.EndsAtPeriodEnd ? "Engagement.WillEnd" : "Engagement.WillRenew"].Value)).ToList(), snapshot.SilentCount),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not an engagement table"),
    };
}
