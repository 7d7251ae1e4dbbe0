using MemberHub.Web.Features.Memberships;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard.Revenue;

/// <summary>The revenue panel's tables.</summary>
public static class RevenueTables
{
    public static readonly string[] Names = ["tiers", "members", "mrr"];

    public static readonly MembershipPhase[] Phases =
        [MembershipPhase.Trial, MembershipPhase.Active, MembershipPhase.EndingAtPeriodEnd, MembershipPhase.Grace, MembershipPhase.Pending, MembershipPhase.Lapsed];

    public static DashboardTable Of(string name, RevenueSnapshot snapshot, IStringLocalizer<DashboardText> text, IStringLocalizer<MembershipText> phases, bool chinese) =>
        name switch
        {
            "mrr" => new(name, [text["Revenue.Currency"], text["Revenue.Mrr"]],
                snapshot.Mrr.Select(a => Row(a.Currency.ToUpperInvariant(), Money.FromMinor(a.Minor, a.Currency))).ToList()),
            "tiers" => new(name, [text["Revenue.Tier"], .. Phases.Select(p => phases[$"Phase.{p}"].Value)],
                snapshot.Tiers.Select(t => Row([t.Name(chinese), .. Phases.Select(p => (object?)t.Count(p))])).ToList()),
            "members" => new(name, [text["Revenue.From"], text["Revenue.To"], text["Revenue.Joined"], text["Revenue.Ended"]],
                snapshot.Buckets.Select(b => Row(b.Start.ToString("yyyy-MM-dd"), b.End.ToString("yyyy-MM-dd"), b.Joined, b.Ended)).ToList()),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a revenue table"),
        };

    internal static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}
