using MemberHub.Web.Features.Dashboard.Engagement;
using MemberHub.Web.Features.Dashboard.Experts;
using MemberHub.Web.Features.Dashboard.Funnel;
using MemberHub.Web.Features.Dashboard.Lifecycle;
using MemberHub.Web.Features.Dashboard.Revenue;
using MemberHub.Web.Features.Dashboard.Use;
using MemberHub.Web.Features.Memberships;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard;

/// <summary>Finds a dashboard table by name for its CSV download; each panel's report checks the Owner.</summary>
public sealed class DashboardTables(
    RevenueReport revenue, ExpertsReport experts, UseReport use, EngagementReport engagement, FunnelReport funnel, LifecycleReport lifecycle,
    Seasons.SeasonReport seasons, Referrals.ReferralReport referrals, IStringLocalizer<DashboardText> text,
    IStringLocalizer<MembershipText> phases)
{
    public static bool Exists(string name) => RevenueTables.Names.Contains(name) || ExpertTables.Names.Contains(name) || UseTables.Names.Contains(name)
        || EngagementTables.Names.Contains(name) || FunnelTables.Names.Contains(name) || LifecycleTables.Names.Contains(name)
        || Seasons.SeasonTables.Names.Contains(name) || Referrals.ReferralTables.Names.Contains(name);

    public async Task<Outcome<DashboardTable>> FindAsync(string name, string? userId, ReportRange range, CancellationToken cancellationToken)
    {
        if (RevenueTables.Names.Contains(name))
        {
            return TableOf(await revenue.ReadAsync(userId, range, cancellationToken), s => RevenueTables.Of(name, s, text, phases, Cultures.IsChinese));
        }
        if (EngagementTables.Names.Contains(name))
        {
            return TableOf(await engagement.ReadAsync(userId, cancellationToken: cancellationToken), s => EngagementTables.Of(name, s, text));
        }
        if (FunnelTables.Names.Contains(name))
        {
            return TableOf(await funnel.ReadAsync(userId, range, cancellationToken), s => FunnelTables.Of(name, s, text));
        }
        if (LifecycleTables.Names.Contains(name))
        {
            return TableOf(await lifecycle.ReadAsync(userId, cancellationToken), s => LifecycleTables.Of(name, s, text));
        }
        if (Seasons.SeasonTables.Names.Contains(name))
        {
            return TableOf(await seasons.ReadAsync(userId, cancellationToken), s => Seasons.SeasonTables.Of(name, s, text));
        }
        if (Referrals.ReferralTables.Names.Contains(name))
        {
            return TableOf(await referrals.ReadAsync(userId, cancellationToken), s => Referrals.ReferralTables.Of(name, s, text));
        }
        if (UseTables.Names.Contains(name))
        {
            return TableOf(await use.ReadAsync(userId, range, Cultures.IsChinese, cancellationToken), s => UseTables.Of(name, s, text));
        }
        return TableOf(await experts.ReadAsync(userId, range, cancellationToken), s => ExpertTables.Of(name, s, text));
    }

    // A report's refusal (not the Owner) passes through as the table's.
    private static Outcome<DashboardTable> TableOf<T>(Outcome<T> report, Func<T, DashboardTable> table) =>
        report.Succeeded ? Outcome<DashboardTable>.Ok(table(report.Value!)) : Outcome<DashboardTable>.Refused(report.Error!);
}
