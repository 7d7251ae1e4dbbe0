using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>What MemberHub asks of Stripe, asserted on the requests the fake Stripe server received.</summary>
public class StripeRequestTests(StripeFactory factory) : IClassFixture<StripeFactory>
{
    [Fact]
    public async Task Saving_a_tier_creates_its_product_and_a_monthly_and_yearly_price()
    {
        var tier = await factory.CreateTierAsync("Atelier", monthly: 29, yearly: 290);

        var product = Assert.Single(factory.Stripe.Sent("POST", "/v1/products"), r => r.Form["name"] == "Atelier");
        Assert.Equal(tier.Id.ToString(), product.Form["metadata[tier_id]"]);
        var prices = factory.Stripe.Sent("POST", "/v1/prices").Where(r => r.Form.GetValueOrDefault("product") == tier.StripeProductId).ToList();
        Assert.Contains(prices, p => p.Form["unit_amount"] == "2900" && p.Form["recurring[interval]"] == "month" && p.Form["currency"] == "usd");
        Assert.Contains(prices, p => p.Form["unit_amount"] == "29000" && p.Form["recurring[interval]"] == "year");
        Assert.NotNull(tier.StripeMonthlyPriceId);
        Assert.NotNull(tier.StripeYearlyPriceId);
    }

    [Fact]
    public async Task A_price_change_makes_a_new_price_and_retires_the_old_one_while_subscribers_keep_theirs()
    {
        var tier = await factory.CreateTierAsync("Studio", monthly: 10, yearly: null);
        var oldPrice = tier.StripeMonthlyPriceId!;
        var member = await factory.CreateUserAsync();
        await factory.QueryAsync(async db =>
        {
            db.Add(new Membership { UserId = member.Id, TierId = tier.Id, Status = MembershipStatus.Active, StripePriceId = oldPrice, StripeSubscriptionId = "sub_keep" });
            return await db.SaveChangesAsync();
        });
        var input = TierInput.From(tier);
        input.MonthlyPrice = 12;

        var saved = await factory.Services.GetRequiredService<TierService>().SaveAsync((await factory.OwnerAsync()).Id, input);

        Assert.True(saved.Succeeded, saved.Error);
        var updated = await factory.Services.GetRequiredService<TierService>().FindAsync(tier.Id);
        Assert.NotEqual(oldPrice, updated!.StripeMonthlyPriceId);
        Assert.Contains(factory.Stripe.Sent("POST", "/v1/prices/" + oldPrice), r => r.Form["active"] == "false");
        Assert.Contains(factory.Stripe.Sent("POST", "/v1/prices"), r => r.Path == "/v1/prices" && r.Form["unit_amount"] == "1200");
        Assert.Equal(oldPrice, (await factory.MembershipOfAsync(member.Id))!.StripePriceId);
        var known = await factory.QueryAsync(db => db.Set<TierPrice>().Where(p => p.TierId == tier.Id).ToListAsync());
        Assert.Contains(known, p => p.StripePriceId == oldPrice && !p.Active);
    }

    [Fact]
    public async Task An_upgrade_asks_Stripe_to_keep_the_change_pending_until_its_charge_is_paid()
    {
        var low = await factory.CreateTierAsync("Low " + Guid.NewGuid().ToString("N")[..4], monthly: 10, yearly: null, rank: 310);
        var high = await factory.CreateTierAsync("High " + Guid.NewGuid().ToString("N")[..4], monthly: 30, yearly: null, rank: 311);
        var member = await factory.CreateUserAsync();
        var subscriptionId = factory.Stripe.NextId("sub");
        factory.Stripe.AddSubscription(subscriptionId, "cus_upgrade", low.StripeMonthlyPriceId!, cancelAtPeriodEnd: true);
        await factory.QueryAsync(async db =>
        {
            db.Add(new Membership
            {
                UserId = member.Id, TierId = low.Id, Status = MembershipStatus.Active, Source = MembershipSource.Stripe,
                StripePriceId = low.StripeMonthlyPriceId, StripeSubscriptionId = subscriptionId, CurrentPeriodEndUtc = DateTime.UtcNow.AddDays(20),
            });
            return await db.SaveChangesAsync();
        });

        var switched = await factory.Services.GetRequiredService<BillingService>().SwitchTierAsync(member.Id, high.Id, BillingInterval.Month);

        Assert.True(switched.Succeeded, switched.Error);
        var updates = factory.Stripe.Sent("POST", "/v1/subscriptions/" + subscriptionId).ToList();
        var change = Assert.Single(updates, u => u.Form.ContainsKey("items[0][price]"));
        Assert.Equal(high.StripeMonthlyPriceId, change.Form["items[0][price]"]);
        Assert.Equal("always_invoice", change.Form["proration_behavior"]);
        Assert.Equal("pending_if_incomplete", change.Form["payment_behavior"]);
        Assert.False(change.Form.ContainsKey("cancel_at_period_end"));
        Assert.Contains(updates, u => u.Form.GetValueOrDefault("cancel_at_period_end") == "false");
        // Access follows what Stripe reports, not the request: until the charge is paid the member keeps the lower tier.
        Assert.Equal(low.Id, (await factory.MembershipOfAsync(member.Id))!.TierId);
    }

    [Fact]
    public async Task Unchanged_tier_keeps_its_prices()
    {
        var tier = await factory.CreateTierAsync("Steady", monthly: 15, yearly: 150);
        var before = factory.Stripe.Sent("POST", "/v1/prices").Count();

        var saved = await factory.Services.GetRequiredService<TierService>().SaveAsync((await factory.OwnerAsync()).Id, TierInput.From(tier));

        Assert.True(saved.Succeeded);
        Assert.Equal(before, factory.Stripe.Sent("POST", "/v1/prices").Count());
    }

    [Fact]
    public async Task Checkout_reuses_one_customer_and_sends_user_tier_trial_and_price()
    {
        var tier = await factory.CreateTierAsync("Trialled", monthly: 20, yearly: 200, trialDays: 7);
        var member = await factory.CreateUserAsync(displayName: "Chen Checkout");
        var checkout = factory.Services.GetRequiredService<CheckoutService>();

        var first = await checkout.StartAsync(member.Id, tier.Id, BillingInterval.Year, "http://localhost/");
        var second = await checkout.StartAsync(member.Id, tier.Id, BillingInterval.Month, "http://localhost/");

        Assert.StartsWith("https://checkout.stripe.com/", first.Value);
        Assert.True(second.Succeeded);
        var customer = Assert.Single(factory.Stripe.Sent("POST", "/v1/customers"), r => r.Form["metadata[user_id]"] == member.Id);
        Assert.Equal(member.Email, customer.Form["email"]);
        var sessions = factory.Stripe.Sent("POST", "/v1/checkout/sessions").Where(r => r.Form["client_reference_id"] == member.Id).ToList();
        Assert.Equal(2, sessions.Count);
        Assert.Equal(sessions[0].Form["customer"], sessions[1].Form["customer"]);
        var session = sessions[0].Form;
        Assert.Equal("subscription", session["mode"]);
        Assert.Equal(tier.StripeYearlyPriceId, session["line_items[0][price]"]);
        Assert.Equal("1", session["line_items[0][quantity]"]);
        Assert.Equal(tier.Id.ToString(), session["metadata[tier_id]"]);
        Assert.Equal(tier.Id.ToString(), session["subscription_data[metadata][tier_id]"]);
        Assert.Equal("7", session["subscription_data[trial_period_days]"]);
        Assert.Equal("true", session["allow_promotion_codes"]);
        Assert.Equal("card", session["allowed_payment_method_types[0]"]);
        Assert.Equal(tier.StripeMonthlyPriceId, sessions[1].Form["line_items[0][price]"]);
    }

    [Fact]
    public async Task Checkout_for_a_full_tier_or_one_not_on_sale_is_refused_without_calling_stripe()
    {
        var full = await factory.CreateTierAsync("Tiny", cap: 1);
        var holder = await factory.CreateUserAsync();
        await factory.QueryAsync(async db =>
        {
            db.Add(new Membership { UserId = holder.Id, TierId = full.Id, Status = MembershipStatus.Active });
            return await db.SaveChangesAsync();
        });
        var member = await factory.CreateUserAsync();
        var checkout = factory.Services.GetRequiredService<CheckoutService>();

        var refused = await checkout.StartAsync(member.Id, full.Id, BillingInterval.Month, "http://localhost/");

        Assert.False(refused.Succeeded);
        Assert.Contains("This tier is full", refused.Error);
        Assert.DoesNotContain(factory.Stripe.Sent("POST", "/v1/checkout/sessions"), r => r.Form["client_reference_id"] == member.Id);
        var waitlisted = await checkout.JoinWaitlistAsync(member.Id, full.Id);
        Assert.True(waitlisted.Succeeded);
        Assert.False((await checkout.JoinWaitlistAsync(member.Id, full.Id)).Succeeded);
    }
}
