using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.Extensions.Options;
using Stripe;

namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>The real Stripe API through Stripe.net. Changes it makes reach memberships only through webhooks.</summary>
internal sealed class StripeBillingGateway(IStripeClient client, IOptions<StripeOptions> options, TimeProvider clock) : IBillingGateway
{
    public bool IsTestMode => false;

    public async Task<TierPriceIds> SyncTierAsync(Tier tier, CancellationToken cancellationToken = default)
    {
        var products = new ProductService(client);
        var metadata = new Dictionary<string, string> { [SubscriptionSnapshot.TierIdKey] = tier.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var description = string.IsNullOrWhiteSpace(tier.DescriptionEn) ? null : tier.DescriptionEn;
        var productId = tier.StripeProductId;
        if (productId is null)
        {
            var product = await products.CreateAsync(new ProductCreateOptions
            {
                Name = tier.NameEn, Description = description, Metadata = metadata, Active = !tier.Archived,
            }, cancellationToken: cancellationToken);
            productId = product.Id;
        }
        else
        {
            await products.UpdateAsync(productId, new ProductUpdateOptions
            {
                Name = tier.NameEn, Description = description, Metadata = metadata, Active = !tier.Archived,
            }, cancellationToken: cancellationToken);
        }

        var prices = new PriceService(client);
        var created = new List<TierPrice>();
        var deactivated = new List<string>();
        var monthly = await EnsurePriceAsync(prices, tier, productId, BillingInterval.Month, tier.MonthlyAmount, tier.StripeMonthlyPriceId, created, deactivated, cancellationToken);
        var yearly = tier.YearlyAmount is { } yearlyAmount
            ? await EnsurePriceAsync(prices, tier, productId, BillingInterval.Year, yearlyAmount, tier.StripeYearlyPriceId, created, deactivated, cancellationToken)
            : await DeactivateAsync(prices, tier.StripeYearlyPriceId, deactivated, cancellationToken);
        return new TierPriceIds(productId, monthly!, yearly, created, deactivated);
    }

    // Stripe prices cannot change: a new amount is a new price, and the old one stops being offered
    // (subscribers on it keep paying it).
    private async Task<string?> EnsurePriceAsync(PriceService prices, Tier tier, string productId, BillingInterval interval, long amount,
        string? currentPriceId, List<TierPrice> created, List<string> deactivated, CancellationToken cancellationToken)
    {
        if (currentPriceId is not null)
        {
            var current = await prices.GetAsync(currentPriceId, cancellationToken: cancellationToken);
            if (current.UnitAmount == amount && string.Equals(current.Currency, tier.Currency, StringComparison.OrdinalIgnoreCase) && current.Active)
            {
                return currentPriceId;
            }
            await DeactivateAsync(prices, currentPriceId, deactivated, cancellationToken);
        }
        var price = await prices.CreateAsync(new PriceCreateOptions
        {
            Product = productId,
            UnitAmount = amount,
            Currency = tier.Currency,
            Recurring = new PriceRecurringOptions { Interval = interval == BillingInterval.Year ? "year" : "month" },
            Metadata = new Dictionary<string, string> { [SubscriptionSnapshot.TierIdKey] = tier.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        }, cancellationToken: cancellationToken);
        created.Add(new TierPrice
        {
            StripePriceId = price.Id, TierId = tier.Id, Interval = interval, Amount = amount, Currency = tier.Currency,
            Active = true, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        return price.Id;
    }

    private static async Task<string?> DeactivateAsync(PriceService prices, string? priceId, List<string> deactivated, CancellationToken cancellationToken)
    {
        if (priceId is not null)
        {
            await prices.UpdateAsync(priceId, new PriceUpdateOptions { Active = false }, cancellationToken: cancellationToken);
            deactivated.Add(priceId);
        }
        return null;
    }

    public async Task<string> CreateCustomerAsync(string userId, string email, string name, CancellationToken cancellationToken = default)
    {
        var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions
        {
            Email = email,
            Name = name,
            Metadata = new Dictionary<string, string> { [SubscriptionSnapshot.UserIdKey] = userId },
        }, cancellationToken: cancellationToken);
        return customer.Id;
    }

    public async Task<string> CreateCheckoutSessionAsync(CheckoutRequest request, CancellationToken cancellationToken = default)
    {
        var metadata = new Dictionary<string, string>
        {
            [SubscriptionSnapshot.TierIdKey] = request.Tier.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SubscriptionSnapshot.UserIdKey] = request.UserId,
        };
        var methods = options.Value.PaymentMethodTypes.ToList();
        if (request.Referral is { } referral)
        {
            metadata[Referrals.Invitation.CodeKey] = referral.Code;
        }
        var coupon = request.Referral?.WelcomeCouponId;
        var session = await new global::Stripe.Checkout.SessionService(client).CreateAsync(new global::Stripe.Checkout.SessionCreateOptions
        {
            Mode = "subscription",
            // Stripe takes a coupon or the promotion-code box, not both: an invited member gets the Owner's welcome offer.
            Discounts = coupon is null ? null : [new global::Stripe.Checkout.SessionDiscountOptions { Coupon = coupon }],
            Customer = request.CustomerId,
            ClientReferenceId = request.UserId,
            LineItems = [new global::Stripe.Checkout.SessionLineItemOptions { Price = request.PriceId, Quantity = 1 }],
            Metadata = metadata,
            SubscriptionData = new global::Stripe.Checkout.SessionSubscriptionDataOptions
            {
                TrialPeriodDays = request.Tier.TrialDays > 0 ? request.Tier.TrialDays : null,
                Metadata = metadata,
            },
            AllowPromotionCodes = coupon is null ? true : null,
            AllowedPaymentMethodTypes = methods,
            PaymentMethodOptions = MethodOptions(methods),
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
        }, cancellationToken: cancellationToken);
        return session.Url;
    }

    public async Task<string> CreatePassCheckoutSessionAsync(PassCheckoutRequest request, CancellationToken cancellationToken = default)
    {
        var metadata = request.Metadata();
        var methods = request.Tier.PassMethods.ToList();
        var session = await new global::Stripe.Checkout.SessionService(client).CreateAsync(new global::Stripe.Checkout.SessionCreateOptions
        {
            Mode = "payment",
            Customer = request.CustomerId,
            ClientReferenceId = request.UserId,
            LineItems =
            [
                new global::Stripe.Checkout.SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new global::Stripe.Checkout.SessionLineItemPriceDataOptions
                    {
                        Currency = request.Tier.Currency,
                        UnitAmount = request.Amount,
                        // The tier's product, so Stripe's reports put the pass beside the tier's subscriptions.
                        Product = request.Tier.StripeProductId,
                    },
                },
            ],
            Metadata = metadata,
            // An invited member's first pass gets the Owner's welcome offer too.
            Discounts = request.Referral?.WelcomeCouponId is { } coupon ? [new global::Stripe.Checkout.SessionDiscountOptions { Coupon = coupon }] : null,
            // The PaymentIntent carries the same metadata, so its charge (and a refund of it) names the member and the pass.
            PaymentIntentData = new global::Stripe.Checkout.SessionPaymentIntentDataOptions { Metadata = metadata },
            AllowedPaymentMethodTypes = methods,
            PaymentMethodOptions = MethodOptions(methods),
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
        }, cancellationToken: cancellationToken);
        return session.Url;
    }

    // WeChat Pay in Checkout needs to be told it runs on the web (a QR code), whatever the session sells.
    private static global::Stripe.Checkout.SessionPaymentMethodOptionsOptions? MethodOptions(IReadOnlyCollection<string> methods) =>
        methods.Contains("wechat_pay")
            ? new global::Stripe.Checkout.SessionPaymentMethodOptionsOptions
            {
                WechatPay = new global::Stripe.Checkout.SessionPaymentMethodOptionsWechatPayOptions { Client = "web" },
            }
            : null;

    public async Task<string> CreatePortalSessionAsync(string customerId, string returnUrl, CancellationToken cancellationToken = default)
    {
        var session = await new global::Stripe.BillingPortal.SessionService(client).CreateAsync(
            new global::Stripe.BillingPortal.SessionCreateOptions { Customer = customerId, ReturnUrl = returnUrl },
            cancellationToken: cancellationToken);
        return session.Url;
    }

    public async Task<SubscriptionSnapshot?> GetSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        try
        {
            return SubscriptionSnapshot.From(await new SubscriptionService(client).GetAsync(subscriptionId, cancellationToken: cancellationToken));
        }
        catch (StripeException e) when (e.HttpStatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public Task SetCancelAtPeriodEndAsync(string subscriptionId, bool cancel, CancellationToken cancellationToken = default) =>
        new SubscriptionService(client).UpdateAsync(subscriptionId,
            new SubscriptionUpdateOptions { CancelAtPeriodEnd = cancel }, cancellationToken: cancellationToken);

    public async Task UpgradeAsync(string subscriptionId, string newPriceId, CancellationToken cancellationToken = default)
    {
        var subscriptions = new SubscriptionService(client);
        var subscription = await subscriptions.GetAsync(subscriptionId, cancellationToken: cancellationToken);
        if (subscription.ScheduleId is { } scheduleId)
        {
            // A pending downgrade would fight the upgrade; the upgrade wins.
            await new SubscriptionScheduleService(client).ReleaseAsync(scheduleId, cancellationToken: cancellationToken);
        }
        if (subscription.CancelAtPeriodEnd)
        {
            // Stripe takes only the price change itself alongside pending_if_incomplete, so resuming is its own call.
            await subscriptions.UpdateAsync(subscriptionId, new SubscriptionUpdateOptions { CancelAtPeriodEnd = false }, cancellationToken: cancellationToken);
        }
        // The higher tier is granted only once its prorated charge is paid: with a failing card Stripe keeps the
        // change pending (the subscription stays on the old price, which is what the webhook grants) and drops it.
        await subscriptions.UpdateAsync(subscriptionId, new SubscriptionUpdateOptions
        {
            Items = [new SubscriptionItemOptions { Id = subscription.Items.Data[0].Id, Price = newPriceId }],
            ProrationBehavior = "always_invoice",
            PaymentBehavior = "pending_if_incomplete",
        }, cancellationToken: cancellationToken);
    }

    public async Task DowngradeAtPeriodEndAsync(string subscriptionId, string newPriceId, CancellationToken cancellationToken = default)
    {
        var subscription = await new SubscriptionService(client).GetAsync(subscriptionId, cancellationToken: cancellationToken);
        var schedules = new SubscriptionScheduleService(client);
        var scheduleId = subscription.ScheduleId
            ?? (await schedules.CreateAsync(new SubscriptionScheduleCreateOptions { FromSubscription = subscriptionId }, cancellationToken: cancellationToken)).Id;
        var item = subscription.Items.Data[0];
        await schedules.UpdateAsync(scheduleId, new SubscriptionScheduleUpdateOptions
        {
            EndBehavior = "release",
            Phases =
            [
                new SubscriptionSchedulePhaseOptions
                {
                    Items = [new SubscriptionSchedulePhaseItemOptions { Price = item.Price.Id, Quantity = 1 }],
                    StartDate = item.CurrentPeriodStart,
                    EndDate = item.CurrentPeriodEnd,
                },
                new SubscriptionSchedulePhaseOptions
                {
                    Items = [new SubscriptionSchedulePhaseItemOptions { Price = newPriceId, Quantity = 1 }],
                },
            ],
        }, cancellationToken: cancellationToken);
    }

    public Task CancelNowAsync(string subscriptionId, CancellationToken cancellationToken = default) =>
        new SubscriptionService(client).CancelAsync(subscriptionId, cancellationToken: cancellationToken);

    public Task MoveTrialEndAsync(string subscriptionId, DateTime untilUtc, CancellationToken cancellationToken = default) =>
        new SubscriptionService(client).UpdateAsync(subscriptionId,
            new SubscriptionUpdateOptions
            {
                TrialEnd = untilUtc > DateTime.UtcNow.AddMinutes(1) ? untilUtc : SubscriptionTrialEnd.Now,
                ProrationBehavior = "none",
            }, cancellationToken: cancellationToken);

    // Stripe's sign: a negative balance transaction is money owed to the customer.
    public Task AddBalanceCreditAsync(string customerId, long creditMinor, string currency, string description, string idempotencyKey, CancellationToken cancellationToken = default) =>
        new CustomerBalanceTransactionService(client).CreateAsync(customerId,
            new CustomerBalanceTransactionCreateOptions { Amount = -creditMinor, Currency = currency, Description = description },
            new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken);
}
