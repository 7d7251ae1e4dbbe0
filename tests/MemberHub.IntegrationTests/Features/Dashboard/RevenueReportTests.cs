using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Dashboard;
using MemberHub.Web.Features.Dashboard.Revenue;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Dashboard;

/// <summary>The revenue panel over a community seeded by hand, each figure worked out below from the seed (issue 15).</summary>
public sealed class RevenueReportTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    // The clock stands at 2026-11-26 08:00 UTC; the report covers October and November.
    private static readonly ReportRange Range = new(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 30), Bucket.Month);
    private static readonly DateTime LongAgo = new(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime PeriodEnd = new(2026, 12, 20, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Mrr_counts_what_paying_subscriptions_bring_per_month_per_currency()
    {
        var basic = await factory.CreateTierAsync("Basic", monthly: 10, yearly: 100, currency: "usd");
        var pro = await factory.CreateTierAsync("Pro", monthly: 99, yearly: 990, currency: "cny");
        await SeedAsync(async (db, add) =>
        {
            // Paying: usd 10.00 monthly, usd 100.00 yearly (8.333… a month), usd 10.00 ending at period end, usd 10.00 after a trial.
            await add(Paid(basic, BillingInterval.Month));
            await add(Paid(basic, BillingInterval.Year));
            await add(Paid(basic, BillingInterval.Month, m => { m.CancelAtPeriodEnd = true; }));
            await add(Paid(basic, BillingInterval.Month, m => { m.StartedAtUtc = new(2026, 10, 5, 0, 0, 0, DateTimeKind.Utc); m.TrialEndUtc = new(2026, 10, 19, 0, 0, 0, DateTimeKind.Utc); }));
            // Paying: cny 990 yearly (82.50 a month) on an old price of 900 (75.00 a month), and cny 99 monthly in its payment grace period.
            db.Add(new TierPrice { StripePriceId = "price_pro_old", TierId = pro.Id, Interval = BillingInterval.Year, Amount = 90_000, Currency = "cny" });
            await add(Paid(pro, BillingInterval.Year, m => { m.StripePriceId = "price_pro_old"; }));
            await add(Paid(pro, BillingInterval.Month, m => { m.Status = MembershipStatus.PastDue; m.PastDueSinceUtc = new(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc); }));
            // Not paying: a trial under way (joined in November), a complimentary member, a member who left in November,
            // and a trial that ended in October without paying (joined in October, ended with it).
            await add(Paid(basic, BillingInterval.Month, m => { m.Status = MembershipStatus.Trialing; m.StartedAtUtc = new(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc); m.TrialEndUtc = new(2026, 12, 4, 0, 0, 0, DateTimeKind.Utc); }));
            await add(Paid(pro, BillingInterval.Month, m => { m.Source = MembershipSource.Complimentary; m.ComplimentaryUntilUtc = new(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc); }));
            await add(Paid(basic, BillingInterval.Month, m => { m.Status = MembershipStatus.Ended; m.EndedAtUtc = new(2026, 11, 10, 0, 0, 0, DateTimeKind.Utc); }));
            await add(Paid(basic, BillingInterval.Month, m => { m.Status = MembershipStatus.Ended; m.StartedAtUtc = new(2026, 10, 2, 0, 0, 0, DateTimeKind.Utc); m.TrialEndUtc = new(2026, 10, 16, 0, 0, 0, DateTimeKind.Utc); m.EndedAtUtc = new(2026, 10, 16, 0, 0, 0, DateTimeKind.Utc); }));
        });

        var report = (await factory.Services.GetRequiredService<RevenueReport>().ReadAsync((await factory.OwnerAsync()).Id, Range)).Value!;

        // usd: 1000 + 833.33 + 1000 + 1000 = 3833.33 → 3833 cents; cny: 7500 + 9900 = 17400 fen.
        Assert.Equal([new CurrencyAmount("cny", 17_400), new CurrencyAmount("usd", 3_833)], report.Mrr);
        Assert.Equal(6, report.Paying);
        var basicRow = report.Tiers.Single(t => t.TierId == basic.Id);
        Assert.Equal(3, basicRow.Count(MembershipPhase.Active));
        Assert.Equal(1, basicRow.Count(MembershipPhase.EndingAtPeriodEnd));
        Assert.Equal(1, basicRow.Count(MembershipPhase.Trial));
        Assert.Equal(2, basicRow.Count(MembershipPhase.Lapsed));
        var proRow = report.Tiers.Single(t => t.TierId == pro.Id);
        Assert.Equal(2, proRow.Count(MembershipPhase.Active)); // the yearly one and the complimentary one
        Assert.Equal(1, proRow.Count(MembershipPhase.Grace));
        // Two trials ended in the range; one went on to pay.
        Assert.Equal(new TrialConversion(2, 1), report.Trials);
        Assert.Equal(0.5, report.Trials.Rate);
        // Seven were members before October; one of them left in November.
        Assert.Equal((7, 1), (report.MembersAtStart, report.EndedOfThose));
        Assert.Equal(
            [new MembershipBucket(new(2026, 10, 1), new(2026, 10, 31), Joined: 2, Ended: 1), new MembershipBucket(new(2026, 11, 1), new(2026, 11, 30), Joined: 1, Ended: 1)],
            report.Buckets);
    }

    private static Membership Paid(Tier tier, BillingInterval interval, Action<Membership>? differently = null)
    {
        var membership = new Membership
        {
            TierId = tier.Id, Source = MembershipSource.Stripe, Status = MembershipStatus.Active, Interval = interval,
            StripeSubscriptionId = "sub_" + Guid.NewGuid().ToString("N")[..10], CurrentPeriodEndUtc = PeriodEnd, StartedAtUtc = LongAgo, UpdatedAtUtc = LongAgo,
        };
        differently?.Invoke(membership);
        return membership;
    }

    // Each membership gets a member of its own; the report reads the database as billing left it.
    private async Task SeedAsync(Func<AppDbContext, Func<Membership, Task>, Task> seed)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await seed(db, async membership =>
        {
            var member = await factory.CreateUserAsync();
            membership.UserId = member.Id;
            db.Add(membership);
        });
        await db.SaveChangesAsync();
    }
}
