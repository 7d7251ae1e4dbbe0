using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Features.Memberships.Webhooks;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace MemberHub.Web.Features.Memberships.TestMode;

/// <summary>
/// Plays Stripe when no secret key is configured ("Test mode — no money moves"). It keeps subscriptions in
/// local tables and, for every change, sends the events Stripe would send through <see cref="StripeEventProcessor"/>,
/// the same code that handles real webhooks.
/// </summary>
public sealed class TestModeBillingGateway(IDbContextFactory<AppDbContext> contexts, IServiceProvider services, TimeProvider clock) : IBillingGateway
{
    public const string CheckoutPath = "/billing/test-checkout/";

    public bool IsTestMode => true;

    private StripeEventProcessor Processor => services.GetRequiredService<StripeEventProcessor>();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<TierPriceIds> SyncTierAsync(Tier tier, CancellationToken cancellationToken = default)
    {
        var created = new List<TierPrice>();
        var deactivated = new List<string>();
        string? Ensure(BillingInterval interval, long? amount, string? currentId, long? currentAmount, string? currentCurrency)
        {
            if (amount is null)
            {
                if (currentId is not null)
                {
                    deactivated.Add(currentId);
                }
                return null;
            }
            if (currentId is not null && currentAmount == amount && currentCurrency == tier.Currency)
            {
                return currentId;
            }
            if (currentId is not null)
            {
                deactivated.Add(currentId);
            }
            var id = "price_test_" + Guid.NewGuid().ToString("N")[..20];
            created.Add(new TierPrice { StripePriceId = id, TierId = tier.Id, Interval = interval, Amount = amount.Value, Currency = tier.Currency, Active = true, CreatedAtUtc = Now });
            return id;
        }
        return SyncAsync();

        async Task<TierPriceIds> SyncAsync()
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var known = await db.Set<TierPrice>().Where(p => p.TierId == tier.Id).ToListAsync(cancellationToken);
            TierPrice? Current(string? id) => known.FirstOrDefault(p => p.StripePriceId == id);
            var monthly = Ensure(BillingInterval.Month, tier.MonthlyAmount, tier.StripeMonthlyPriceId, Current(tier.StripeMonthlyPriceId)?.Amount, Current(tier.StripeMonthlyPriceId)?.Currency);
            var yearly = Ensure(BillingInterval.Year, tier.YearlyAmount, tier.StripeYearlyPriceId, Current(tier.StripeYearlyPriceId)?.Amount, Current(tier.StripeYearlyPriceId)?.Currency);
            return new TierPriceIds(tier.StripeProductId ?? "prod_test_" + Guid.NewGuid().ToString("N")[..20], monthly!, yearly, created, deactivated);
        }
    }

    public Task<string> CreateCustomerAsync(string userId, string email, string name, CancellationToken cancellationToken = default) =>
        Task.FromResult("cus_test_" + Guid.NewGuid().ToString("N")[..20]);

    public Task<string> CreateCheckoutSessionAsync(CheckoutRequest request, CancellationToken cancellationToken = default) =>
        OpenAsync(new TestModeCheckout
        {
            UserId = request.UserId,
            CustomerId = request.CustomerId,
            TierId = request.Tier.Id,
            PriceId = request.PriceId,
            Interval = request.Interval,
            TrialDays = request.Tier.TrialDays,
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
        }, cancellationToken);

    public Task<string> CreatePassCheckoutSessionAsync(PassCheckoutRequest request, CancellationToken cancellationToken = default) =>
        OpenAsync(new TestModeCheckout
        {
            UserId = request.UserId,
            CustomerId = request.CustomerId,
            TierId = request.Tier.Id,
            Mode = "payment",
            PassDays = request.Days,
            AmountMinor = request.Amount,
            EarlyRenewal = request.EarlyRenewal,
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
        }, cancellationToken);

    // A local checkout, subscription or pass: stored under a new id, and the address of the page that pays it.
    private async Task<string> OpenAsync(TestModeCheckout checkout, CancellationToken cancellationToken)
    {
        checkout.Id = "cs_test_" + Guid.NewGuid().ToString("N");
        checkout.CreatedAtUtc = Now;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Add(checkout);
        await db.SaveChangesAsync(cancellationToken);
        return CheckoutPath + checkout.Id;
    }

    /// <summary>Test panel: the Owner refunds a pass payment in full; Stripe's charge.refunded follows.</summary>
    public async Task RefundPassAsync(int purchaseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var purchase = await db.Set<Passes.PassPurchase>().FindAsync([purchaseId], cancellationToken)
            ?? throw new StripeException(System.Net.HttpStatusCode.NotFound, null, $"No such payment: '{purchaseId}'");
        var customerId = await db.Set<BillingCustomer>().Where(c => c.UserId == purchase.UserId).Select(c => c.StripeCustomerId).FirstOrDefaultAsync(cancellationToken);
        await SendAsync([(EventTypes.ChargeRefunded, StripeObjects.RefundedCharge(purchase, customerId))], cancellationToken);
    }

    public Task<string> CreatePortalSessionAsync(string customerId, string returnUrl, CancellationToken cancellationToken = default) =>
        Task.FromResult(returnUrl + (returnUrl.Contains('?') ? "&" : "?") + "portal=test");

    public async Task<SubscriptionSnapshot?> GetSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var subscription = await db.Set<TestModeSubscription>().FindAsync([subscriptionId], cancellationToken);
        return subscription is null ? null : SubscriptionSnapshot.From(StripeObjects.Subscription(subscription));
    }

    public Task SetCancelAtPeriodEndAsync(string subscriptionId, bool cancel, CancellationToken cancellationToken = default) =>
        ChangeAsync(subscriptionId, (s, _) =>
        {
            s.CancelAtPeriodEnd = cancel;
            return [(EventTypes.CustomerSubscriptionUpdated, StripeObjects.Subscription(s))];
        }, cancellationToken);

    public Task UpgradeAsync(string subscriptionId, string newPriceId, CancellationToken cancellationToken = default) =>
        ChangeAsync(subscriptionId, (s, price) =>
        {
            var proration = Math.Max(0, price!.Amount - s.Amount);
            ApplyPrice(s, price);
            s.CancelAtPeriodEnd = false;
            s.ScheduledPriceId = null;
            return [(EventTypes.InvoicePaid, StripeObjects.Invoice(s, proration, paid: true, Now)), (EventTypes.CustomerSubscriptionUpdated, StripeObjects.Subscription(s))];
        }, cancellationToken, newPriceId);

    public Task DowngradeAtPeriodEndAsync(string subscriptionId, string newPriceId, CancellationToken cancellationToken = default) =>
        ChangeAsync(subscriptionId, (s, _) =>
        {
            s.ScheduledPriceId = newPriceId;
            return [];
        }, cancellationToken);

    public Task CancelNowAsync(string subscriptionId, CancellationToken cancellationToken = default) =>
        ChangeAsync(subscriptionId, (s, _) =>
        {
            s.Status = "canceled";
            s.EndedAtUtc = Now;
            s.CancelAtPeriodEnd = false;
            return [(EventTypes.CustomerSubscriptionDeleted, StripeObjects.Subscription(s))];
        }, cancellationToken);

    public Task MoveTrialEndAsync(string subscriptionId, DateTime untilUtc, CancellationToken cancellationToken = default) =>
        untilUtc > Now.AddMinutes(1)
            ? ChangeAsync(subscriptionId, (s, _) =>
            {
                s.TrialEndUtc = untilUtc;
                s.PeriodEndUtc = untilUtc;
                s.Status = "trialing";
                return [(EventTypes.CustomerSubscriptionUpdated, StripeObjects.Subscription(s))];
            }, cancellationToken)
            : ChangeAsync(subscriptionId, (s, _) => Renew(s, Now), cancellationToken);

    public async Task AddBalanceCreditAsync(string customerId, long creditMinor, string currency, string description, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var subscription = await db.Set<TestModeSubscription>().Where(s => s.CustomerId == customerId && s.Status != "canceled").OrderByDescending(s => s.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken)
            ?? throw new StripeException(System.Net.HttpStatusCode.NotFound, null, $"No such customer: '{customerId}'");
        if (!string.Equals(subscription.Currency, currency, StringComparison.OrdinalIgnoreCase))
        {
            throw new StripeException(System.Net.HttpStatusCode.BadRequest, null, $"The customer's balance is in {subscription.Currency}, not {currency}.");
        }
        subscription.BalanceMinor -= creditMinor;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The local checkout page's "Pay": the subscription starts and Stripe's three sign-up events follow.</summary>
    public async Task<string?> CompleteCheckoutAsync(string checkoutId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checkout = await db.Set<TestModeCheckout>().FindAsync([checkoutId], cancellationToken);
        if (checkout is null || checkout.Status != "open")
        {
            return null;
        }
        var now = Now;
        if (checkout.Mode == "payment")
        {
            var currency = await db.Set<Tier>().Where(t => t.Id == checkout.TierId).Select(t => t.Currency).SingleAsync(cancellationToken);
            checkout.Status = "complete";
            await db.SaveChangesAsync(cancellationToken);
            var paymentIntentId = "pi_test_" + Guid.NewGuid().ToString("N")[..20];
            await SendAsync([(EventTypes.CheckoutSessionCompleted, StripeObjects.CompletedPassCheckout(checkout, currency, paymentIntentId))], cancellationToken);
            return checkout.SuccessUrl.Replace("{CHECKOUT_SESSION_ID}", checkout.Id, StringComparison.Ordinal);
        }
        var price = await db.Set<TierPrice>().FindAsync([checkout.PriceId], cancellationToken);
        var trialing = checkout.TrialDays > 0;
        var subscription = new TestModeSubscription
        {
            Id = "sub_test_" + Guid.NewGuid().ToString("N")[..20],
            CustomerId = checkout.CustomerId,
            UserId = checkout.UserId,
            TierId = checkout.TierId,
            PriceId = checkout.PriceId,
            Interval = checkout.Interval,
            Amount = price?.Amount ?? 0,
            Currency = price?.Currency ?? "usd",
            Status = trialing ? "trialing" : "active",
            PeriodStartUtc = now,
            PeriodEndUtc = trialing ? now.AddDays(checkout.TrialDays) : NextPeriodEnd(now, checkout.Interval),
            TrialEndUtc = trialing ? now.AddDays(checkout.TrialDays) : null,
            CreatedAtUtc = now,
        };
        checkout.Status = "complete";
        db.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);

        await SendAsync(
        [
            (EventTypes.CustomerSubscriptionCreated, StripeObjects.Subscription(subscription)),
            (EventTypes.InvoicePaid, StripeObjects.Invoice(subscription, trialing ? 0 : subscription.Amount, paid: true, now)),
            (EventTypes.CheckoutSessionCompleted, StripeObjects.CompletedCheckout(checkout, subscription.Id)),
        ], cancellationToken);
        return checkout.SuccessUrl.Replace("{CHECKOUT_SESSION_ID}", checkout.Id, StringComparison.Ordinal);
    }

    /// <summary>Test panel: the clock reaches the period end — a trial converts, a period renews (with any scheduled downgrade), or a canceled subscription ends.</summary>
    public Task AdvanceToPeriodEndAsync(string subscriptionId, CancellationToken cancellationToken = default) =>
        ChangeAsync(subscriptionId, (s, _) =>
        {
            if (s.CancelAtPeriodEnd)
            {
                s.Status = "canceled";
                s.EndedAtUtc = s.PeriodEndUtc;
                return [(EventTypes.CustomerSubscriptionDeleted, StripeObjects.Subscription(s))];
            }
            return Renew(s, s.PeriodEndUtc);
        }, cancellationToken, applyScheduledPrice: true);

    // A new period from the given moment, its invoice paid after any balance credit.
    private IReadOnlyList<(string Type, StripeEntity Data)> Renew(TestModeSubscription s, DateTime from)
    {
        s.PeriodStartUtc = from;
        s.PeriodEndUtc = NextPeriodEnd(from, s.Interval);
        s.TrialEndUtc = null;
        s.Status = "active";
        var credit = Math.Min(Math.Max(-s.BalanceMinor, 0), s.Amount);
        s.BalanceMinor += credit;
        return [(EventTypes.InvoicePaid, StripeObjects.Invoice(s, s.Amount - credit, paid: true, Now)), (EventTypes.CustomerSubscriptionUpdated, StripeObjects.Subscription(s))];
    }

    /// <summary>Test panel: the renewal charge fails; Stripe marks the subscription past due and will retry.</summary>
    public Task FailPaymentAsync(string subscriptionId, CancellationToken cancellationToken = default) =>
        ChangeAsync(subscriptionId, (s, _) =>
        {
            s.Status = "past_due";
            return [(EventTypes.InvoicePaymentFailed, StripeObjects.Invoice(s, s.Amount, paid: false, Now)), (EventTypes.CustomerSubscriptionUpdated, StripeObjects.Subscription(s))];
        }, cancellationToken);

    private async Task ChangeAsync(string subscriptionId, Func<TestModeSubscription, TierPrice?, IReadOnlyList<(string Type, StripeEntity Data)>> change,
        CancellationToken cancellationToken, string? newPriceId = null, bool applyScheduledPrice = false)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var subscription = await db.Set<TestModeSubscription>().FindAsync([subscriptionId], cancellationToken)
            ?? throw new StripeException(System.Net.HttpStatusCode.NotFound, null, $"No such subscription: '{subscriptionId}'");
        if (subscription.Status is "canceled")
        {
            throw new StripeException(System.Net.HttpStatusCode.BadRequest, null, "This subscription has ended.");
        }
        var priceId = newPriceId ?? (applyScheduledPrice ? subscription.ScheduledPriceId : null);
        var price = priceId is null ? null : await db.Set<TierPrice>().FindAsync([priceId], cancellationToken)
            ?? throw new StripeException(System.Net.HttpStatusCode.NotFound, null, $"No such price: '{priceId}'");
        if (applyScheduledPrice && price is not null)
        {
            ApplyPrice(subscription, price);
            subscription.ScheduledPriceId = null;
        }
        var events = change(subscription, price);
        await db.SaveChangesAsync(cancellationToken);
        await SendAsync(events, cancellationToken);
    }

    private static void ApplyPrice(TestModeSubscription subscription, TierPrice price)
    {
        subscription.PriceId = price.StripePriceId;
        subscription.TierId = price.TierId;
        subscription.Amount = price.Amount;
        subscription.Currency = price.Currency;
        subscription.Interval = price.Interval;
    }

    private async Task SendAsync(IEnumerable<(string Type, StripeEntity Data)> events, CancellationToken cancellationToken)
    {
        foreach (var (type, data) in events)
        {
            await Processor.ProcessAsync(StripeObjects.Event(type, data, Now), Health.EventVia.TestMode, json: null, cancellationToken);
        }
    }

    private static DateTime NextPeriodEnd(DateTime start, BillingInterval interval) =>
        interval == BillingInterval.Year ? start.AddYears(1) : start.AddMonths(1);
}
