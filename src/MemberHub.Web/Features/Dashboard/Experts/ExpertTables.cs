using MemberHub.Web.Features.Dashboard.Revenue;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard.Experts;

/// <summary>The experts panel's tables.</summary>
public static class ExpertTables
{
    public static readonly string[] Names = ["experts", "waiting"];

    public static DashboardTable Of(string name, ExpertsSnapshot snapshot, IStringLocalizer<DashboardText> text) => name switch
    {
        "experts" => new(name, [text["Experts.Expert"], text["Experts.Answers"], text["Experts.Accepted"]],
            snapshot.Experts.Select(e => RevenueTables.Row(e.Name, e.Answers, e.Accepted)).ToList()),
        "waiting" => new(name, [text["Experts.Age"], text["Experts.Questions"]],
            snapshot.Waiting.Select(w => RevenueTables.Row(text[$"Experts.Age.{w.Key}"].Value, w.Value)).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not an experts table"),
    };
}
