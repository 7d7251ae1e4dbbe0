using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Dashboard;
using MemberHub.Web.Features.Dashboard.Revenue;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace MemberHub.IntegrationTests.Features.Dashboard;

/// <summary>New, expansion, contraction and churned MRR by month, worked out by hand; the clock moves from December 2026 to February 2027.</summary>
public sealed class MrrMovementTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private async Task<AppDbContext> DbAsync() => await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private async Task<Membership> JoinAsync(Tier tier, BillingInterval interval, DateTime startedAtUtc, MembershipStatus status = MembershipStatus.Active)
    {
        var user = await factory.CreateUserAsync();
        await using var db = await DbAsync();
        var membership = new Membership
        {
            UserId = user.Id, TierId = tier.Id, Source = MembershipSource.Stripe, Status = status, Interval = interval,
            StripePriceId = tier.StripePriceId(interval), StripeSubscriptionId = "sub_" + Guid.NewGuid().ToString("N")[..10],
            StartedAtUtc = startedAtUtc, UpdatedAtUtc = startedAtUtc, CurrentPeriodEndUtc = new DateTime(2027, 6, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        db.Add(membership);
        await db.SaveChangesAsync();
        return membership;
    }

    private async Task ChangeAsync(Membership membership, Action<Membership> change)
    {
        await using var db = await DbAsync();
        var tracked = await db.Set<Membership>().SingleAsync(m => m.Id == membership.Id);
        change(tracked);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Joins_upgrades_downgrades_trials_and_ends_move_mrr_per_currency_and_month()
    {
        var september = new DateTime(2026, 12, 10, 12, 0, 0, DateTimeKind.Utc);
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var circle = await factory.CreateTierAsync("Circle", monthly: 20, yearly: 200);
        var pro = await factory.CreateTierAsync("Pro", monthly: 50, yearly: 500);
        var yuan = await factory.CreateTierAsync("圈子", monthly: 99, yearly: null, currency: "cny");

        // December: monthly 20 USD, yearly 200 USD (16.67 a month), 99 CNY a month, a trial (nothing yet), one who will upgrade.
        var monthly = await JoinAsync(circle, BillingInterval.Month, september);
        var yearly = await JoinAsync(circle, BillingInterval.Year, september);
        var chinese = await JoinAsync(yuan, BillingInterval.Month, september);
        var trial = await JoinAsync(circle, BillingInterval.Month, september, MembershipStatus.Trialing);
        var upgrader = await JoinAsync(circle, BillingInterval.Month, september);

        // January: the upgrade mid-period (20 → 50), the trial converts (+20), the yearly member moves down to monthly Circle (16.67 → 20 is an expansion of 3.33).
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.Zero));
        await ChangeAsync(upgrader, m => { m.TierId = pro.Id; m.StripePriceId = pro.StripeMonthlyPriceId; });
        await ChangeAsync(trial, m => m.Status = MembershipStatus.Active);
        await ChangeAsync(yearly, m => { m.Interval = BillingInterval.Month; m.StripePriceId = circle.StripeMonthlyPriceId; });

        // February: the monthly member's cancellation reaches the period end (−20); Pro moves down to Circle (50 → 20); a failed payment keeps paying.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 20, 9, 0, 0, TimeSpan.Zero));
        await ChangeAsync(monthly, m => { m.CancelAtPeriodEnd = true; });
        await ChangeAsync(monthly, m => { m.Status = MembershipStatus.Ended; m.EndedAtUtc = new DateTime(2027, 2, 20, 9, 0, 0, DateTimeKind.Utc); });
        await ChangeAsync(upgrader, m => { m.TierId = circle.Id; m.StripePriceId = circle.StripeMonthlyPriceId; });
        await ChangeAsync(chinese, m => { m.Status = MembershipStatus.PastDue; m.PastDueSinceUtc = new DateTime(2027, 2, 19, 0, 0, 0, DateTimeKind.Utc); });

        var range = ReportRange.Parse("2026-12-01", "2027-02-28", "month", new DateOnly(2027, 2, 28), factory.Services.GetRequiredService<IStringLocalizer<DashboardText>>()).Value!;
        var report = (await factory.Services.GetRequiredService<RevenueReport>().ReadAsync((await factory.OwnerAsync()).Id, range)).Value!;

        // (month start, currency, new, expansion, contraction, churned, MRR at the month's end), in cents and fen.
        Assert.Equal(
        [
            ("2026-12-01", "cny", 9900L, 0L, 0L, 0L, 9900L),
            ("2027-01-01", "cny", 0, 0, 0, 0, 9900),
            ("2027-02-01", "cny", 0, 0, 0, 0, 9900),
            // 20 + 16.67 + 20 = 56.67
            ("2026-12-01", "usd", 5667, 0, 0, 0, 5667),
            // the trial's 20 is new; the upgrade's 30 and the yearly member's 3.33 are expansion: 56.67 + 20 + 33.33 = 110
            ("2027-01-01", "usd", 2000, 3333, 0, 0, 11000),
            // Pro back to Circle is 30 of contraction, the cancellation 20 churned: 110 − 50 = 60
            ("2027-02-01", "usd", 0, 0, 3000, 2000, 6000),
        ], report.Movements.Select(m => (m.Start.ToString("yyyy-MM-dd"), m.Currency, m.New, m.Expansion, m.Contraction, m.Churned, m.MrrAtEnd)));
        Assert.Equal(-5000, report.Movements.Last().Net);
        // What stands now agrees with the MRR read from the memberships themselves.
        Assert.Equal([("cny", 9900L), ("usd", 6000L)], report.Mrr.Select(a => (a.Currency, a.Minor)));
    }
}
