using MemberHub.Web.Features.Memberships;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard.Revenue;

/// <summary>The revenue panel's tables.</summary>
public static class RevenueTables
{
    public static readonly string[] Names = ["tiers", "members", "mrr", "mrr-movements", "refunds"];

    public static readonly MembershipPhase[] Phases =
        [MembershipPhase.Trial, MembershipPhase.Active, MembershipPhase.EndingAtPeriodEnd, MembershipPhase.Grace, MembershipPhase.Pending, MembershipPhase.Lapsed];

    public static DashboardTable Of(string name, RevenueSnapshot snapshot, IStringLocalizer<DashboardText> text, IStringLocalizer<MembershipText> phases, bool chinese) =>
        name switch
        {
            "mrr" => new(name, [text["Revenue.Currency"], text["Revenue.Mrr"], text["Revenue.RevenueChurn"]],
                snapshot.Mrr.Select(a => Row(a.Currency.ToUpperInvariant(), Money.FromMinor(a.Minor, a.Currency),
                    snapshot.RevenueChurn().FirstOrDefault(c => c.Currency == a.Currency).Rate)).ToList()),
            "refunds" => new(name, [text["Revenue.From"], text["Revenue.To"], text["Revenue.Currency"], text["Revenue.RefundedCharges"], text["Revenue.Refunded"]],
                snapshot.Refunds.Select(r => Row(r.Start.ToString("yyyy-MM-dd"), r.End.ToString("yyyy-MM-dd"), r.Currency.ToUpperInvariant(), r.Charges,
                    Money.FromMinor(r.Minor, r.Currency))).ToList()),
            "tiers" => new(name, [text["Revenue.Tier"], .. Phases.Select(p => phases[$"Phase.{p}"].Value)],
                snapshot.Tiers.Select(t => Row([t.Name(chinese), .. Phases.Select(p => (object?)t.Count(p))])).ToList()),
            "members" => new(name, [text["Revenue.From"], text["Revenue.To"], text["Revenue.Joined"], text["Revenue.Ended"]],
                snapshot.Buckets.Select(b => Row(b.Start.ToString("yyyy-MM-dd"), b.End.ToString("yyyy-MM-dd"), b.Joined, b.Ended)).ToList()),
            "mrr-movements" => new(name,
                [text["Revenue.From"], text["Revenue.To"], text["Revenue.Currency"], text["Revenue.New"], text["Revenue.Expansion"], text["Revenue.Contraction"],
                    text["Revenue.Churned"], text["Revenue.Net"], text["Revenue.MrrAtEnd"]],
                snapshot.Movements.Select(m => Row(m.Start.ToString("yyyy-MM-dd"), m.End.ToString("yyyy-MM-dd"), m.Currency.ToUpperInvariant(),
                    Money.FromMinor(m.New, m.Currency), Money.FromMinor(m.Expansion, m.Currency), Money.FromMinor(m.Contraction, m.Currency),
                    Money.FromMinor(m.Churned, m.Currency), Money.FromMinor(m.Net, m.Currency), Money.FromMinor(m.MrrAtEnd, m.Currency))).ToList()),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a revenue table"),
        };

    internal static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}
