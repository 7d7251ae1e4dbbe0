using MemberHub.BrowserTests.Infrastructure;
using MemberHub.BrowserTests.Pages;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Dashboard;
using MemberHub.Web.Features.Dashboard.Revenue;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace MemberHub.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class DashboardJourneyTests(Browser browser, AppServer app)
{
    [Theory]
    [InlineData(1280, "en-US", "Monthly recurring revenue", "The end date comes before the start date.")]
    [InlineData(360, "zh-CN", "月度经常性收入", "结束日期早于开始日期。")]
    public async Task Owner_reads_revenue_and_members_and_a_wrong_range_says_why(int width, string locale, string mrrLabel, string refusal)
    {
        var ownerId = await PayingMemberAsync();
        var expected = (await app.Services.GetRequiredService<RevenueReport>().ReadAsync(ownerId, ReportRange.Default(DateOnly.FromDateTime(DateTime.UtcNow)))).Value!;
        var page = await browser.NewPageAsync(app.BaseUrl, locale, width: width);
        await using var context = page.Context;
        await new LoginPage(page).LogInAsync(AppServer.OwnerEmail, AppServer.OwnerPassword);

        await page.GotoAsync("/owner");

        await Expect(page.Locator("[data-testid=mrr]")).ToContainTextAsync(mrrLabel);
        foreach (var amount in expected.Mrr)
        {
            await Expect(page.Locator($"[data-testid=mrr] [data-currency={amount.Currency}]")).ToHaveTextAsync(amount.Formatted);
        }
        await Expect(page.Locator("[data-testid=paying] h5")).ToHaveTextAsync(expected.Paying.ToString());
        await Expect(page.Locator("[data-testid=table-tiers] tbody tr")).ToHaveCountAsync(expected.Tiers.Count);
        await Expect(page.Locator("[data-testid=table-waiting] tbody tr")).ToHaveCountAsync(4);
        await Expect(page.Locator("[data-testid=segment-lurker]")).ToBeVisibleAsync();
        // The curves draw: one point per bucket, joined by a line through all of them, for members and for each currency's MRR.
        Assert.Contains(expected.Movements, m => m.Currency == "usd");
        foreach (var chart in expected.Movements.Select(m => $"mrr-{m.Currency}").Distinct().Append("members"))
        {
            await Expect(page.Locator($"[data-testid=chart-{chart}] svg circle")).ToHaveCountAsync(expected.Buckets.Count);
            var points = (await page.Locator($"[data-testid=chart-{chart}] svg polyline").GetAttributeAsync("points"))!.Split(' ');
            Assert.Equal(expected.Buckets.Count, points.Length);
            Assert.All(points, p => Assert.Matches(@"^\d+(\.\d)?,\d+(\.\d)?$", p));
        }
        await Expect(page.Locator("[data-testid=lifecycle-phase] h5")).Not.ToBeEmptyAsync();
        await Browser.ScreenshotAsync(page, $"dashboard-{width}-{locale}");

        await page.FillAsync("#range-from", "2026-11-02");
        await page.FillAsync("#range-to", "2026-11-01");
        await page.ClickAsync("#range-show");

        await Expect(page.Locator("[data-testid=range-refused]")).ToHaveTextAsync(refusal);
        await Expect(page.Locator("#range-from")).ToHaveValueAsync("2026-11-02");
    }

    // A member paying 19 dollars a month, so the revenue panel has a figure to show.
    private async Task<string> PayingMemberAsync()
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var owner = (await services.GetRequiredService<UserManager<Web.Features.Accounts.ApplicationUser>>().FindByEmailAsync(AppServer.OwnerEmail))!;
        var member = await app.MemberAsync("Dana Payer", introduce: false);
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var tier = await db.Set<Tier>().OrderBy(t => t.Id).FirstAsync();
        var membership = await db.Set<Membership>().SingleAsync(m => m.UserId == member.Id);
        membership.Source = MembershipSource.Stripe;
        membership.Status = MembershipStatus.Active;
        membership.Interval = BillingInterval.Month;
        membership.CurrentPeriodEndUtc = DateTime.UtcNow.AddDays(20);
        membership.StripeSubscriptionId = "sub_" + Guid.NewGuid().ToString("N")[..10];
        await db.SaveChangesAsync();
        Assert.True(tier.MonthlyAmount > 0);
        return owner.Id;
    }
}
