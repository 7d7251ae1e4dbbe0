using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Accounts.Funnel;
using MemberHub.Web.Features.Dashboard.Revenue;
using MemberHub.Web.Features.Memberships;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Referrals;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Dashboard.Referrals;

/// <summary>One referrer's funnel (link visits → sign-ups → paid → still a member) and their rewards by state.</summary>
public sealed record ReferrerRow(string Name, string Code, int Visits, int SignUps, int Paid, int Kept, int Earned, int Pending, int NotGranted);

/// <summary>The referral leaderboard: referrers by paid invitations, from the joining funnel's sources and the reward ledger.</summary>
public sealed class ReferralReport(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, IOptions<MembershipOptions> options, TimeProvider clock, IStringLocalizer<DashboardText> text)
{
    public const int Shown = 50;

    public async Task<Outcome<IReadOnlyList<ReferrerRow>>> ReadAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<IReadOnlyList<ReferrerRow>>.Refused(text["OwnerOnly"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var steps = await db.Set<FunnelStep>().Where(s => s.Source != null && s.Source.StartsWith("ref:"))
            .GroupBy(s => new { s.Source, s.Step }).Select(g => new { g.Key.Source, g.Key.Step, Count = g.Count() }).ToListAsync(cancellationToken);
        // Kept: paid through the link and still a member now.
        var active = MembershipPhases.In(now, options.Value.Grace, MembershipPhases.WithAccess);
        var kept = await db.Set<FunnelStep>().Where(s => s.Step == JoiningStep.Paid && s.Source != null && s.Source.StartsWith("ref:"))
            .Where(s => db.Set<Membership>().Where(active).Any(m => m.UserId == s.PersonKey))
            .GroupBy(s => s.Source).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key!, g => g.Count, cancellationToken);
        var rewards = await db.Set<ReferralReward>().GroupBy(r => new { r.ReferrerId, r.State }).Select(g => new { g.Key.ReferrerId, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var referrers = await db.Set<Referrer>().AsNoTracking().ToListAsync(cancellationToken);
        var names = await DisplayNames.OfAsync(db, referrers.Select(r => r.UserId), cancellationToken);
        int Step(string code, JoiningStep step) => steps.Where(s => s.Source == "ref:" + code && s.Step == step).Sum(s => s.Count);
        int Rewards(string userId, params RewardState[] states) => rewards.Where(r => r.ReferrerId == userId && states.Contains(r.State)).Sum(r => r.Count);
        var rows = referrers.Select(r => new ReferrerRow(names.GetValueOrDefault(r.UserId, "?"), r.Code, Step(r.Code, JoiningStep.Visited), Step(r.Code, JoiningStep.SignedUp),
                Step(r.Code, JoiningStep.Paid), kept.GetValueOrDefault("ref:" + r.Code), Rewards(r.UserId, RewardState.Earned), Rewards(r.UserId, RewardState.Pending),
                Rewards(r.UserId, RewardState.Refused, RewardState.Reversed)))
            .Where(r => r.Visits + r.SignUps + r.Paid > 0 || r.Earned + r.Pending + r.NotGranted > 0)
            .OrderByDescending(r => r.Paid).ThenByDescending(r => r.Earned).ThenByDescending(r => r.Visits).ThenBy(r => r.Code)
            .ToList();
        return Outcome<IReadOnlyList<ReferrerRow>>.Ok(rows);
    }
}

/// <summary>The leaderboard as a dashboard table (the page shows the first <see cref="ReferralReport.Shown"/>; the CSV has all).</summary>
public static class ReferralTables
{
    public static readonly string[] Names = ["referrers"];

    public static DashboardTable Of(string name, IReadOnlyList<ReferrerRow> rows, IStringLocalizer<DashboardText> text) => name switch
    {
        "referrers" => new(name,
            [text["Referrals.Referrer"], text["Referrals.Code"], text["Referrals.Visits"], text["Referrals.SignUps"], text["Referrals.Paid"],
                text["Referrals.Kept"], text["Referrals.Earned"], text["Referrals.Pending"], text["Referrals.NotGranted"]],
            rows.Select(r => RevenueTables.Row(r.Name, r.Code, r.Visits, r.SignUps, r.Paid, r.Kept, r.Earned, r.Pending, r.NotGranted)).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a referral table"),
    };
}
