using MemberHub.Web.Components.Shared;
using MemberHub.Web.Features.Accounts.Funnel;
using MemberHub.Web.Features.Dashboard.Revenue;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard.Funnel;

/// <summary>The joining funnel's tables.</summary>
public static class FunnelTables
{
    public static readonly string[] Names = ["funnel", "funnel-buckets", "funnel-sources"];

    public static DashboardTable Of(string name, FunnelSnapshot snapshot, IStringLocalizer<DashboardText> text)
    {
        IEnumerable<string> stages = StageCounts.Stages.Select(s => text[$"Funnel.Stage.{s}"].Value);
        return name switch
        {
            "funnel" => new(name, [text["Funnel.Stage"], text["Funnel.People"], text["Funnel.OfBefore"], text["Funnel.Dropped"]],
                StageCounts.Stages.Select(stage => RevenueTables.Row(text[$"Funnel.Stage.{stage}"].Value, snapshot.Total[stage],
                    Figure.Percent(snapshot.Total.Conversion(stage)), stage == 0 ? null : snapshot.Total[stage - 1] - snapshot.Total[stage])).ToList()),
            "funnel-buckets" => new(name, [text["Revenue.From"], text["Revenue.To"], .. stages],
                snapshot.Buckets.Select(b => RevenueTables.Row([b.Start.ToString("yyyy-MM-dd"), b.End.ToString("yyyy-MM-dd"), .. b.Counts.Counts.Cast<object?>()])).ToList()),
            "funnel-sources" => new(name, [text["Funnel.Source"], .. stages],
                snapshot.Sources.Select(s => RevenueTables.Row([s.Source ?? text["Funnel.Direct"].Value, .. s.Counts.Counts.Cast<object?>()])).ToList()),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a funnel table"),
        };
    }
}
