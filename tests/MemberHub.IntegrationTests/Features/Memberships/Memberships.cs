using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>Shortcuts the membership tests share: tiers made by the Owner, and what the database holds for a member.</summary>
public static class Memberships
{
    public static async Task<Tier> CreateTierAsync(this MemberHubFactory factory, string name = "Circle", decimal monthly = 19, decimal? yearly = 190,
        int trialDays = 0, int? cap = null, int? rank = null, string currency = "usd")
    {
        var owner = await factory.OwnerAsync();
        var tiers = factory.Services.GetRequiredService<TierService>();
        // Ranks are unique among tiers on sale: take one nobody in this database uses yet.
        var used = (await tiers.ListAsync(includeArchived: false)).Select(t => t.Tier.Rank).ToHashSet();
        rank ??= Enumerable.Range(1, 1000).Where(r => !used.Contains(r)).OrderBy(_ => Random.Shared.Next()).First();
        var outcome = await tiers.SaveAsync(owner.Id, new TierInput
        {
            NameEn = name, NameZh = name + "（中）", Rank = rank.Value, MonthlyPrice = monthly, YearlyPrice = yearly,
            Currency = currency, TrialDays = trialDays, MemberCap = cap,
        });
        Assert.True(outcome.Succeeded, outcome.Error);
        return (await tiers.FindAsync(outcome.Value))!;
    }

    public static async Task<Membership?> MembershipOfAsync(this MemberHubFactory factory, string userId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Set<Membership>().AsNoTracking().Include(m => m.Tier).SingleOrDefaultAsync(m => m.UserId == userId);
    }

    public static async Task<AccessDecision> MemberContentAsync(this MemberHubFactory factory, string userId, int rank = 0) =>
        await factory.Services.GetRequiredService<MemberAccess>().MemberContentAsync(userId, rank);

    public static async Task<T> QueryAsync<T>(this MemberHubFactory factory, Func<AppDbContext, Task<T>> query)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>Starts a checkout the way the pricing page does and returns the Stripe customer made for the member.</summary>
    public static async Task<string> StartCheckoutAsync(this MemberHubFactory factory, string userId, Tier tier, BillingInterval interval = BillingInterval.Month)
    {
        var outcome = await factory.Services.GetRequiredService<CheckoutService>().StartAsync(userId, tier.Id, interval, "http://localhost/");
        Assert.True(outcome.Succeeded, outcome.Error);
        return await factory.QueryAsync(db => db.Set<BillingCustomer>().Where(c => c.UserId == userId).Select(c => c.StripeCustomerId).SingleAsync());
    }
}
