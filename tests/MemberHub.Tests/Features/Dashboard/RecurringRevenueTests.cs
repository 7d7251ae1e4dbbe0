using MemberHub.Web.Features.Dashboard.Revenue;
using MemberHub.Web.Features.Memberships.Tiers;

namespace MemberHub.Tests.Features.Dashboard;

public class RecurringRevenueTests
{
    [Fact]
    public void A_yearly_price_counts_as_a_twelfth_and_currencies_are_never_added_together()
    {
        var mrr = RecurringRevenue.Monthly(
        [
            new BilledPrice(1_500, "usd", BillingInterval.Month),
            new BilledPrice(15_000, "USD", BillingInterval.Year), // 1 250 a month
            new BilledPrice(1_000, "usd", BillingInterval.Year),  // 83.33… a month
            new BilledPrice(9_900, "cny", BillingInterval.Month),
            new BilledPrice(99_900, "cny", BillingInterval.Year), // 8 325 a month
        ]);

        // Rounded once per currency: 1 500 + 1 250 + 83.33 = 2 833.33 → 2 833 (rounding each member would give 2 833 too, but 0.33 × n drifts).
        Assert.Equal([new CurrencyAmount("cny", 18_225), new CurrencyAmount("usd", 2_833)], mrr);
    }

    [Fact]
    public void Thirds_of_a_cent_add_up_before_rounding()
    {
        // Three yearly subscriptions of 1.00: 8.333… cents each, 25 cents together (per-member rounding would say 24).
        var mrr = RecurringRevenue.Monthly(Enumerable.Repeat(new BilledPrice(100, "usd", BillingInterval.Year), 3));

        Assert.Equal([new CurrencyAmount("usd", 25)], mrr);
    }

    [Fact]
    public void No_paying_subscription_is_no_revenue_rather_than_zero_in_some_currency()
    {
        Assert.Empty(RecurringRevenue.Monthly([]));
    }
}
