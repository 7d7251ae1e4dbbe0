using System.Net;
using System.Text.Json.Nodes;
using MemberHub.IntegrationTests.Features.Memberships.FakeStripe;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Passes;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Memberships;

public static class Passes
{
    /// <summary>A tier that also sells a 365-day pass for 199 (149 to renew in its last 30 days).</summary>
    public static async Task<Tier> CreatePassTierAsync(this MemberHubFactory factory, bool alipay = true, bool wechatPay = true)
    {
        var tier = await factory.CreateTierAsync(name: "Pass circle", currency: "cny");
        var input = TierInput.From(tier);
        input.PassDays = 365;
        input.PassPrice = 199;
        input.PassRenewalPrice = 149;
        input.PassByAlipay = alipay;
        input.PassByWechatPay = wechatPay;
        var saved = await factory.Services.GetRequiredService<TierService>().SaveAsync((await factory.OwnerAsync()).Id, input);
        Assert.True(saved.Succeeded, saved.Error);
        return (await factory.Services.GetRequiredService<TierService>().FindAsync(tier.Id))!;
    }

    public static Task SetPassEndAsync(this MemberHubFactory factory, string userId, DateTime endUtc) =>
        factory.QueryAsync(db => db.Set<Membership>().Where(m => m.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CurrentPeriodEndUtc, endUtc)));
}

/// <summary>Fixed-term passes against the fake Stripe server: Checkout in payment mode, the webhook granting and renewing, refunds ending.</summary>
public class PassWebhookTests(StripeFactory factory) : IClassFixture<StripeFactory>
{
    private PassService Passes => factory.Services.GetRequiredService<PassService>();

    private async Task DeliverAsync(string type, JsonObject data)
    {
        var payload = SignedEvents.Event(type, data, DateTime.UtcNow);
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(SignedEvents.Delivery(payload, SignedEvents.Signature(payload, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static JsonObject PaidSession(string sessionId, string userId, string customerId, Tier tier, long amount, string paymentIntent, bool early = false)
    {
        var session = StripeFixtures.Fixture("checkout.session");
        session["id"] = sessionId;
        session["mode"] = "payment";
        session["status"] = "complete";
        session["payment_status"] = "paid";
        session["client_reference_id"] = userId;
        session["customer"] = customerId;
        session["subscription"] = null;
        session["payment_intent"] = paymentIntent;
        session["amount_total"] = amount;
        session["currency"] = "cny";
        session["metadata"] = new JsonObject
        {
            ["tier_id"] = tier.Id.ToString(), ["user_id"] = userId, ["pass_days"] = "365", ["pass_early_renewal"] = early ? "true" : "false",
        };
        return session;
    }

    private async Task<(string UserId, string CustomerId, Tier Tier)> PassHolderAsync()
    {
        var tier = await factory.CreatePassTierAsync();
        var member = await factory.CreateUserAsync();
        var started = await Passes.StartAsync(member.Id, tier.Id, "http://localhost/");
        Assert.True(started.Succeeded, started.Error);
        var customer = await factory.QueryAsync(db => db.Set<BillingCustomer>().Where(c => c.UserId == member.Id).Select(c => c.StripeCustomerId).SingleAsync());
        await DeliverAsync("checkout.session.completed", PaidSession("cs_" + Guid.NewGuid().ToString("N"), member.Id, customer, tier, 19900, "pi_first_" + member.Id[..8]));
        return (member.Id, customer, tier);
    }

    [Fact]
    public async Task A_pass_checkout_is_a_one_time_payment_with_the_payment_methods_the_owner_enabled()
    {
        var tier = await factory.CreatePassTierAsync();
        var member = await factory.CreateUserAsync();

        var started = await Passes.StartAsync(member.Id, tier.Id, "http://localhost/");

        Assert.True(started.Succeeded, started.Error);
        var form = factory.Stripe.Sent("POST", "/v1/checkout/sessions").Last(r => r.Form.GetValueOrDefault("client_reference_id") == member.Id).Form;
        Assert.Equal("payment", form["mode"]);
        Assert.Equal("19900", form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("cny", form["line_items[0][price_data][currency]"]);
        Assert.Equal(tier.StripeProductId, form["line_items[0][price_data][product]"]);
        Assert.Equal(["card", "alipay", "wechat_pay"], form.Where(f => f.Key.StartsWith("allowed_payment_method_types[", StringComparison.Ordinal)).OrderBy(f => f.Key).Select(f => f.Value));
        Assert.Equal("web", form["payment_method_options[wechat_pay][client]"]);
        Assert.Equal("365", form["metadata[pass_days]"]);
        Assert.Equal(member.Id, form["payment_intent_data[metadata][user_id]"]);
        Assert.False(form.ContainsKey("subscription_data[trial_period_days]"));
    }

    [Fact]
    public async Task A_paid_pass_grants_access_for_its_term_once_however_often_the_event_comes()
    {
        var tier = await factory.CreatePassTierAsync();
        var member = await factory.CreateUserAsync();
        await Passes.StartAsync(member.Id, tier.Id, "http://localhost/");
        var customer = await factory.QueryAsync(db => db.Set<BillingCustomer>().Where(c => c.UserId == member.Id).Select(c => c.StripeCustomerId).SingleAsync());
        var session = PaidSession("cs_once_" + member.Id[..8], member.Id, customer, tier, 19900, "pi_once_" + member.Id[..8]);

        await DeliverAsync("checkout.session.completed", session);
        await DeliverAsync("checkout.session.completed", session); // Stripe re-sends under a new event id

        var membership = (await factory.MembershipOfAsync(member.Id))!;
        Assert.Equal((MembershipSource.Pass, MembershipStatus.Active, tier.Id), (membership.Source, membership.Status, membership.TierId));
        Assert.InRange(membership.CurrentPeriodEndUtc!.Value, DateTime.UtcNow.AddDays(365).AddMinutes(-5), DateTime.UtcNow.AddDays(365).AddMinutes(1));
        Assert.Single(await factory.QueryAsync(db => db.Set<PassPurchase>().Where(p => p.UserId == member.Id).ToListAsync()));
        Assert.True((await factory.MemberContentAsync(member.Id)).Allowed);
    }

    [Fact]
    public async Task An_unpaid_session_grants_nothing_until_the_async_payment_succeeds()
    {
        var tier = await factory.CreatePassTierAsync();
        var member = await factory.CreateUserAsync();
        await Passes.StartAsync(member.Id, tier.Id, "http://localhost/");
        var customer = await factory.QueryAsync(db => db.Set<BillingCustomer>().Where(c => c.UserId == member.Id).Select(c => c.StripeCustomerId).SingleAsync());
        var session = PaidSession("cs_async_" + member.Id[..8], member.Id, customer, tier, 19900, "pi_async_" + member.Id[..8]);
        session["payment_status"] = "unpaid";

        await DeliverAsync("checkout.session.completed", session);
        Assert.Null(await factory.MembershipOfAsync(member.Id));

        session["payment_status"] = "paid";
        await DeliverAsync("checkout.session.async_payment_succeeded", session);
        Assert.Equal(MembershipSource.Pass, (await factory.MembershipOfAsync(member.Id))!.Source);
    }

    [Fact]
    public async Task Renewing_early_costs_the_renewal_price_and_extends_from_the_old_end()
    {
        var (userId, customer, tier) = await PassHolderAsync();
        var oldEnd = StripeEventProcessorSeconds(DateTime.UtcNow.AddDays(10));
        await factory.SetPassEndAsync(userId, oldEnd);

        var offer = (await Passes.OfferAsync(userId, tier.Id)).Value!;
        Assert.Equal((14900L, true, oldEnd.AddDays(365)), (offer.Amount, offer.EarlyRenewal, offer.NewEndUtc));
        Assert.True((await Passes.StartAsync(userId, tier.Id, "http://localhost/")).Succeeded);
        var form = factory.Stripe.Sent("POST", "/v1/checkout/sessions").Last(r => r.Form.GetValueOrDefault("client_reference_id") == userId).Form;
        Assert.Equal(("14900", "true"), (form["line_items[0][price_data][unit_amount]"], form["metadata[pass_early_renewal]"]));

        await DeliverAsync("checkout.session.completed", PaidSession("cs_renew_" + userId[..8], userId, customer, tier, 14900, "pi_renew_" + userId[..8], early: true));

        var membership = (await factory.MembershipOfAsync(userId))!;
        Assert.Equal(oldEnd.AddDays(365), membership.CurrentPeriodEndUtc);
        var purchases = await factory.QueryAsync(db => db.Set<PassPurchase>().Where(p => p.UserId == userId).OrderBy(p => p.Id).ToListAsync());
        Assert.Equal([false, true], purchases.Select(p => p.EarlyRenewal));
    }

    [Fact]
    public async Task Renewing_after_the_pass_ended_costs_the_full_price_and_runs_from_the_payment()
    {
        var (userId, customer, tier) = await PassHolderAsync();
        await factory.SetPassEndAsync(userId, DateTime.UtcNow.AddDays(-5));
        Assert.False((await factory.MemberContentAsync(userId)).Allowed);

        var offer = (await Passes.OfferAsync(userId, tier.Id)).Value!;
        Assert.Equal((19900L, false, (DateTime?)null), (offer.Amount, offer.EarlyRenewal, offer.CurrentEndUtc));
        await DeliverAsync("checkout.session.completed", PaidSession("cs_late_" + userId[..8], userId, customer, tier, 19900, "pi_late_" + userId[..8]));

        var end = (await factory.MembershipOfAsync(userId))!.CurrentPeriodEndUtc!.Value;
        Assert.InRange(end, DateTime.UtcNow.AddDays(365).AddMinutes(-5), DateTime.UtcNow.AddDays(365).AddMinutes(1));
        Assert.True((await factory.MemberContentAsync(userId)).Allowed);
    }

    [Fact]
    public async Task A_full_refund_of_the_pass_charge_ends_the_pass_and_a_partial_one_keeps_it()
    {
        var (userId, customer, _) = await PassHolderAsync();
        var paymentIntent = "pi_first_" + userId[..8];
        JsonObject Charge(long refunded)
        {
            var charge = StripeFixtures.RefundedCharge("ch_" + userId[..8], customer, 19900, refunded, "cny");
            charge["payment_intent"] = paymentIntent;
            return charge;
        }

        await DeliverAsync("charge.refunded", Charge(5000));
        Assert.Equal(MembershipStatus.Active, (await factory.MembershipOfAsync(userId))!.Status);

        await DeliverAsync("charge.refunded", Charge(19900));

        var membership = (await factory.MembershipOfAsync(userId))!;
        Assert.Equal(MembershipStatus.Ended, membership.Status);
        Assert.False((await factory.MemberContentAsync(userId)).Allowed);
        var purchase = await factory.QueryAsync(db => db.Set<PassPurchase>().SingleAsync(p => p.UserId == userId));
        Assert.NotNull(purchase.RefundedAtUtc);
    }

    [Fact]
    public async Task A_pass_is_refused_beside_a_live_subscription_for_another_tier_and_where_none_is_sold()
    {
        var passTier = await factory.CreatePassTierAsync();
        var plainTier = await factory.CreateTierAsync();
        var subscriber = await factory.CreateUserAsync();
        await factory.QueryAsync(db =>
        {
            db.Add(new Membership
            {
                UserId = subscriber.Id, TierId = plainTier.Id, Source = MembershipSource.Stripe, Status = MembershipStatus.Active,
                StripeSubscriptionId = "sub_live_" + subscriber.Id[..8], CurrentPeriodEndUtc = DateTime.UtcNow.AddDays(20), StartedAtUtc = DateTime.UtcNow,
            });
            return db.SaveChangesAsync();
        });
        var (holder, _, _) = await PassHolderAsync();

        var beside = await Passes.StartAsync(subscriber.Id, passTier.Id, "http://localhost/");
        var other = await Passes.StartAsync(holder, passTier.Id, "http://localhost/");
        var none = await Passes.StartAsync((await factory.CreateUserAsync()).Id, plainTier.Id, "http://localhost/");
        var visitor = await Passes.StartAsync(null, passTier.Id, "http://localhost/");

        Assert.Contains("subscription", beside.Error);
        Assert.Contains("runs until", other.Error);
        Assert.Contains("does not sell", none.Error);
        Assert.Contains("Log in", visitor.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_owner_cannot_save_half_a_pass()
    {
        var tier = await factory.CreateTierAsync();
        var tiers = factory.Services.GetRequiredService<TierService>();
        var owner = (await factory.OwnerAsync()).Id;
        TierInput With(Action<TierInput> change)
        {
            var input = TierInput.From(tier);
            change(input);
            return input;
        }

        var noPrice = await tiers.SaveAsync(owner, With(i => i.PassDays = 365));
        var noDays = await tiers.SaveAsync(owner, With(i => i.PassPrice = 199));
        var dearRenewal = await tiers.SaveAsync(owner, With(i => { i.PassDays = 365; i.PassPrice = 199; i.PassRenewalPrice = 299; }));
        var noMethod = await tiers.SaveAsync(owner, With(i => { i.PassDays = 365; i.PassPrice = 199; i.PassByCard = false; }));

        Assert.Equal(nameof(TierInput.PassPrice), noPrice.Field);
        Assert.Equal(nameof(TierInput.PassDays), noDays.Field);
        Assert.Equal(nameof(TierInput.PassRenewalPrice), dearRenewal.Field);
        Assert.Equal(nameof(TierInput.PassByCard), noMethod.Field);
        Assert.False((await tiers.FindAsync(tier.Id))!.SellsPass);
    }

    // Stripe's times have whole seconds; the pass end read back from SQLite keeps what was stored.
    private static DateTime StripeEventProcessorSeconds(DateTime value) => new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
