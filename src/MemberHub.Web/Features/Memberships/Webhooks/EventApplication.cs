using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Stripe;
using MembershipRecord = MemberHub.Web.Features.Memberships.Billing.Membership;

namespace MemberHub.Web.Features.Memberships.Webhooks;

/// <summary>The effects of one event inside the processor's transaction. Returns the member it concerned.</summary>
internal sealed class EventApplication(AppDbContext db, BatchMemberships memberships, Event stripeEvent, SubscriptionSnapshot? live, TierPriceDirectory prices, DateTime now, ILogger logger)
{
    private readonly DateTime created = StripeEventProcessor.Utc(stripeEvent.Created);

    public bool Changed { get; private set; }

    public Task<string?> RunAsync(CancellationToken cancellationToken) => stripeEvent.Data.Object switch
    {
        global::Stripe.Checkout.Session session => CheckoutCompletedAsync(session, cancellationToken),
        Subscription subscription => SubscriptionChangedAsync(SubscriptionSnapshot.From(subscription), created, cancellationToken),
        Invoice invoice => InvoiceAsync(invoice, cancellationToken),
        Charge charge when stripeEvent.Type == EventTypes.ChargeRefunded => ChargeRefundedAsync(charge, cancellationToken),
        Charge charge when stripeEvent.Type == EventTypes.ChargeSucceeded => ChargeSucceededAsync(charge, cancellationToken),
        Dispute dispute when stripeEvent.Type == EventTypes.ChargeDisputeCreated => DisputedAsync(dispute, cancellationToken),
        _ => Task.FromResult<string?>(null),
    };

    // The total refunded on the charge, as Stripe says it now; a later, larger total wins, an older event changes nothing.
    private async Task<string?> ChargeRefundedAsync(Charge charge, CancellationToken cancellationToken)
    {
        var userId = charge.CustomerId is { } customerId
            ? await db.Set<BillingCustomer>().Where(c => c.StripeCustomerId == customerId).Select(c => c.UserId).FirstOrDefaultAsync(cancellationToken)
            : null;
        Changed |= await new Passes.PassPayments(db, memberships, now, logger).RefundedAsync(charge, cancellationToken);
        if (userId is not null && MembershipRefund.IsFull(charge))
        {
            Changed |= await Referrals.ReferralLedger.ReversedAsync(db, userId, Referrals.ReferralRules.Refund, now, cancellationToken);
        }
        var refund = await db.Set<MembershipRefund>().FindAsync([charge.Id], cancellationToken);
        if (refund is null)
        {
            refund = new MembershipRefund { StripeChargeId = charge.Id, Currency = (charge.Currency ?? "").ToLowerInvariant() };
            db.Add(refund);
        }
        else if (refund.AmountRefundedMinor >= charge.AmountRefunded)
        {
            return userId;
        }
        refund.UserId = userId;
        refund.AmountRefundedMinor = charge.AmountRefunded;
        refund.RefundedAtUtc = created;
        Changed = true;
        return userId;
    }

    // Whose money it was, and with which card; a pass paid without a customer is found by its PaymentIntent.
    private async Task<string?> ChargeSucceededAsync(Charge charge, CancellationToken cancellationToken)
    {
        var userId = await UserOfCustomerAsync(charge.CustomerId, cancellationToken)
            ?? (charge.PaymentIntentId is { } intent
                ? await db.Set<Passes.PassPurchase>().Where(p => p.PaymentIntentId == intent).Select(p => p.UserId).FirstOrDefaultAsync(cancellationToken)
                : null);
        if (userId is null || await db.Set<PaymentCharge>().FindAsync([charge.Id], cancellationToken) is not null)
        {
            return userId;
        }
        var fingerprint = charge.PaymentMethodDetails?.Card?.Fingerprint;
        db.Add(new PaymentCharge { StripeChargeId = charge.Id, UserId = userId, PaymentIntentId = charge.PaymentIntentId, CardFingerprint = fingerprint, PaidAtUtc = created });
        if (fingerprint is not null)
        {
            await Referrals.ReferralLedger.CardSeenAsync(db, userId, fingerprint, now, cancellationToken);
        }
        Changed = true;
        return userId;
    }

    // A chargeback names only the charge: the money went back through the bank, so a referral it paid for is reversed.
    private async Task<string?> DisputedAsync(Dispute dispute, CancellationToken cancellationToken)
    {
        var charge = await db.Set<PaymentCharge>().FindAsync([dispute.ChargeId], cancellationToken);
        var userId = charge?.UserId ?? (dispute.PaymentIntentId is { } intent
            ? await db.Set<Passes.PassPurchase>().Where(p => p.PaymentIntentId == intent).Select(p => p.UserId).FirstOrDefaultAsync(cancellationToken)
            : null);
        if (userId is null)
        {
            logger.LogWarning("Dispute {Dispute} is on a charge ({Charge}) no member is known for", dispute.Id, dispute.ChargeId);
            return null;
        }
        if (charge is { DisputedAtUtc: null })
        {
            charge.DisputedAtUtc = created;
        }
        Changed |= await Referrals.ReferralLedger.ReversedAsync(db, userId, Referrals.ReferralRules.Chargeback, now, cancellationToken);
        return userId;
    }

    private async Task<string?> CheckoutCompletedAsync(global::Stripe.Checkout.Session session, CancellationToken cancellationToken)
    {
        var userId = session.ClientReferenceId;
        if (userId is null || !await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            logger.LogWarning("Checkout {Session} names no known user ({UserId})", session.Id, userId);
            return null;
        }
        if (session.CustomerId is { } customerId && !await db.Set<BillingCustomer>().AnyAsync(c => c.UserId == userId, cancellationToken))
        {
            db.Add(new BillingCustomer { UserId = userId, StripeCustomerId = customerId, CreatedAtUtc = now });
        }
        if (Passes.PassPayments.IsPass(session))
        {
            Changed |= await new Passes.PassPayments(db, memberships, now, logger).PaidAsync(session, userId, cancellationToken);
            return userId;
        }
        if (live is null)
        {
            logger.LogWarning("Checkout {Session} has no readable subscription", session.Id);
            return userId;
        }
        // The subscription was just read from Stripe, so it is current as of now (in Stripe's whole seconds).
        return await SubscriptionChangedAsync(live, StripeEventProcessor.WholeSeconds(now), cancellationToken, userId);
    }

    private async Task<string?> SubscriptionChangedAsync(SubscriptionSnapshot subscription, DateTime observedAt, CancellationToken cancellationToken, string? knownUserId = null)
    {
        var membership = await BySubscriptionAsync(subscription.SubscriptionId, cancellationToken);
        var userId = membership?.UserId ?? knownUserId ?? await UserOfAsync(subscription, cancellationToken);
        if (userId is null)
        {
            logger.LogWarning("Subscription {Subscription} belongs to no known user", subscription.SubscriptionId);
            return null;
        }
        membership ??= memberships.ByUser(userId) ?? memberships.Track(await db.Set<MembershipRecord>().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken));
        var tierId = await TierOfAsync(subscription, cancellationToken) ?? membership?.TierId;
        if (tierId is null)
        {
            logger.LogWarning("Subscription {Subscription} has a price {Price} no tier knows", subscription.SubscriptionId, subscription.PriceId);
            return null;
        }
        if (membership is null)
        {
            membership = new MembershipRecord { UserId = userId, StartedAtUtc = now };
            db.Add(membership);
            memberships.Track(membership);
        }
        Changed |= membership.Apply(subscription, tierId.Value, observedAt, now);
        if (!Changed)
        {
            logger.LogInformation("Event {EventId} is older than the state of {Subscription}; not applied", stripeEvent.Id, subscription.SubscriptionId);
        }
        return userId;
    }

    private async Task<string?> InvoiceAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        var subscriptionId = invoice.Parent?.SubscriptionDetails?.SubscriptionId;
        string? userId;
        if (live is not null)
        {
            userId = await SubscriptionChangedAsync(live, StripeEventProcessor.WholeSeconds(now), cancellationToken);
        }
        else
        {
            var membership = subscriptionId is null ? null : await BySubscriptionAsync(subscriptionId, cancellationToken);
            userId = membership?.UserId ?? await UserOfCustomerAsync(invoice.CustomerId, cancellationToken);
            if (membership is not null)
            {
                var periodEnd = invoice.Lines?.Data?.Select(l => (DateTime?)StripeEventProcessor.Utc(l.Period.End)).Max();
                Changed |= stripeEvent.Type == EventTypes.InvoicePaid
                    ? membership.MarkPaid(periodEnd, created, now)
                    : membership.MarkPaymentFailed(created, now);
            }
        }
        if (userId is not null)
        {
            await RecordInvoiceAsync(invoice, userId, subscriptionId, cancellationToken);
            if (stripeEvent.Type == EventTypes.InvoicePaid && invoice.AmountPaid > 0)
            {
                // The joining funnel's "paid": the first invoice that took money (a trial's first invoice takes none).
                await Accounts.Funnel.JoiningFunnel.RecordAsync(db, userId, Accounts.Funnel.JoiningStep.Paid, now, null, cancellationToken);
                Changed |= await Referrals.ReferralLedger.FirstPaymentAsync(db, userId, invoice.Id, now, cancellationToken);
            }
        }
        return userId;
    }

    private async Task RecordInvoiceAsync(Invoice invoice, string userId, string? subscriptionId, CancellationToken cancellationToken)
    {
        var record = await db.Set<MembershipInvoice>().FindAsync([invoice.Id], cancellationToken);
        if (record is null)
        {
            record = new MembershipInvoice { StripeInvoiceId = invoice.Id, UserId = userId };
            db.Add(record);
        }
        else if (record.UpdatedAtUtc > created)
        {
            return;
        }
        record.StripeSubscriptionId = subscriptionId;
        record.AmountDue = invoice.AmountDue;
        record.AmountPaid = invoice.AmountPaid;
        record.Currency = invoice.Currency ?? record.Currency;
        record.Status = invoice.Status ?? (stripeEvent.Type == EventTypes.InvoicePaid ? "paid" : "open");
        record.HostedInvoiceUrl = invoice.HostedInvoiceUrl;
        record.Number = invoice.Number;
        record.InvoicePdfUrl = invoice.InvoicePdf;
        record.CreatedUtc = StripeEventProcessor.Utc(invoice.Created);
        record.UpdatedAtUtc = created;
        Changed = true;
    }

    // The processor preloads the batch's memberships, so this is usually answered without a query.
    private async Task<MembershipRecord?> BySubscriptionAsync(string subscriptionId, CancellationToken cancellationToken) =>
        memberships.BySubscription(subscriptionId)
        ?? memberships.Track(await db.Set<MembershipRecord>().SingleOrDefaultAsync(m => m.StripeSubscriptionId == subscriptionId, cancellationToken));

    // Never by e-mail: the customer was created for one user, and our checkout put the user id in the metadata.
    private async Task<string?> UserOfAsync(SubscriptionSnapshot subscription, CancellationToken cancellationToken) =>
        await UserOfCustomerAsync(subscription.CustomerId, cancellationToken)
        ?? (subscription.Metadata.TryGetValue(SubscriptionSnapshot.UserIdKey, out var userId)
            && await db.Users.AnyAsync(u => u.Id == userId, cancellationToken) ? userId : null);

    private async Task<string?> UserOfCustomerAsync(string? customerId, CancellationToken cancellationToken) =>
        customerId is null ? null
            : await db.Set<BillingCustomer>().Where(c => c.StripeCustomerId == customerId).Select(c => c.UserId).FirstOrDefaultAsync(cancellationToken);

    private async Task<int?> TierOfAsync(SubscriptionSnapshot subscription, CancellationToken cancellationToken)
    {
        if (subscription.PriceId is { } priceId && await prices.TierOfPriceAsync(db, priceId, cancellationToken) is { } byPrice)
        {
            return byPrice;
        }
        return subscription.Metadata.TryGetValue(SubscriptionSnapshot.TierIdKey, out var value) && StripeEventProcessor.ParseId(value) is { } tierId
               && await db.Set<Tier>().AnyAsync(t => t.Id == tierId, cancellationToken)
            ? tierId
            : null;
    }
}
