using MemberHub.Web.Features.Dashboard.Engagement;
using MemberHub.Web.Features.Dashboard.Experts;
using MemberHub.Web.Features.Dashboard.Revenue;
using MemberHub.Web.Features.Dashboard.Use;
using MemberHub.Web.Features.Memberships;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard;

/// <summary>Finds a dashboard table by name for its CSV download; each panel's report checks the Owner.</summary>
public sealed class DashboardTables(
    RevenueReport revenue, ExpertsReport experts, UseReport use, EngagementReport engagement, IStringLocalizer<DashboardText> text,
    IStringLocalizer<MembershipText> phases)
{
    public static bool Exists(string name) => RevenueTables.Names.Contains(name) || ExpertTables.Names.Contains(name) || UseTables.Names.Contains(name)
        || EngagementTables.Names.Contains(name);

    public async Task<Outcome<DashboardTable>> FindAsync(string name, string? userId, ReportRange range, CancellationToken cancellationToken)
    {
        if (RevenueTables.Names.Contains(name))
        {
            var snapshot = await revenue.ReadAsync(userId, range, cancellationToken);
            return snapshot.Succeeded
                ? Outcome<DashboardTable>.Ok(RevenueTables.Of(name, snapshot.Value!, text, phases, Cultures.IsChinese))
                : Outcome<DashboardTable>.Refused(snapshot.Error!);
        }
        if (EngagementTables.Names.Contains(name))
        {
            var split = await engagement.ReadAsync(userId, cancellationToken);
            return split.Succeeded ? Outcome<DashboardTable>.Ok(EngagementTables.Of(name, split.Value!, text)) : Outcome<DashboardTable>.Refused(split.Error!);
        }
        if (UseTables.Names.Contains(name))
        {
            var used = await use.ReadAsync(userId, range, Cultures.IsChinese, cancellationToken);
            return used.Succeeded ? Outcome<DashboardTable>.Ok(UseTables.Of(name, used.Value!, text)) : Outcome<DashboardTable>.Refused(used.Error!);
        }
        var work = await experts.ReadAsync(userId, range, cancellationToken);
        return work.Succeeded ? Outcome<DashboardTable>.Ok(ExpertTables.Of(name, work.Value!, text)) : Outcome<DashboardTable>.Refused(work.Error!);
    }
}
