using System.Globalization;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Features.Memberships.Webhooks;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace MemberHub.Web.Features.Memberships.Passes;

/// <summary>
/// A pass's webhook effects inside the event processor's transaction: a paid Checkout session in payment mode adds the
/// pass's days (once per session), a full refund of its charge takes them back.
/// </summary>
internal sealed class PassPayments(AppDbContext db, BatchMemberships memberships, DateTime now, ILogger logger)
{
    public static bool IsPass(global::Stripe.Checkout.Session session) =>
        session.Mode == "payment" && session.Metadata?.ContainsKey(PassCheckoutRequest.DaysKey) == true;

    /// <summary>Grants the pass if the session is paid and not applied yet. Returns whether anything changed.</summary>
    public async Task<bool> PaidAsync(global::Stripe.Checkout.Session session, string userId, CancellationToken cancellationToken)
    {
        if (session.PaymentStatus != "paid")
        {
            // Some methods confirm later: checkout.session.async_payment_succeeded brings the same session, paid.
            logger.LogInformation("Pass checkout {Session} is not paid yet ({Status})", session.Id, session.PaymentStatus);
            return false;
        }
        if (!int.TryParse(session.Metadata.GetValueOrDefault(PassCheckoutRequest.DaysKey), NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            || days <= 0
            || StripeEventProcessor.ParseId(session.Metadata.GetValueOrDefault(SubscriptionSnapshot.TierIdKey)) is not { } tierId
            || !await db.Set<Tier>().AnyAsync(t => t.Id == tierId, cancellationToken))
        {
            logger.LogWarning("Pass checkout {Session} names no pass we sell", session.Id);
            return false;
        }
        if (await db.Set<PassPurchase>().AnyAsync(p => p.CheckoutSessionId == session.Id, cancellationToken))
        {
            return false;
        }
        var membership = memberships.ByUser(userId)
            ?? memberships.Track(await db.Set<Membership>().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken));
        if (membership is null)
        {
            membership = new Membership { UserId = userId, StartedAtUtc = now };
            db.Add(membership);
            memberships.Track(membership);
        }
        var currentEnd = membership.Status is MembershipStatus.Ended ? null
            : membership.Source == MembershipSource.Complimentary ? membership.ComplimentaryUntilUtc
            : membership.CurrentPeriodEndUtc;
        if (membership.Source == MembershipSource.Stripe && membership.Status is not MembershipStatus.Ended)
        {
            // Checkout refuses a pass beside a live subscription; if both were paid anyway, the pass keeps its days after it.
            logger.LogWarning("Pass {Session} paid by {User} while a subscription runs", session.Id, userId);
        }
        var until = PassTerm.Extend(currentEnd, now, days);
        db.Add(new PassPurchase
        {
            UserId = userId,
            TierId = tierId,
            CheckoutSessionId = session.Id,
            PaymentIntentId = session.PaymentIntentId,
            AmountMinor = session.AmountTotal ?? 0,
            Currency = (session.Currency ?? "").ToLowerInvariant(),
            Days = days,
            EarlyRenewal = session.Metadata.GetValueOrDefault(PassCheckoutRequest.EarlyRenewalKey) == "true",
            PaidAtUtc = now,
            EndsAtUtc = until,
        });
        membership.ExtendPass(tierId, until, now);
        await Accounts.Funnel.JoiningFunnel.RecordAsync(db, userId, Accounts.Funnel.JoiningStep.Paid, now, null, cancellationToken);
        await Referrals.ReferralLedger.FirstPaymentAsync(db, userId, session.Id, now, cancellationToken);
        return true;
    }

    /// <summary>A charge refunded in full: if it paid a pass, the pass loses that payment's days (and ends if none are left).</summary>
    public async Task<bool> RefundedAsync(Charge charge, CancellationToken cancellationToken)
    {
        if (charge.PaymentIntentId is not { } paymentIntentId || !MembershipRefund.IsFull(charge))
        {
            return false;
        }
        var purchase = await db.Set<PassPurchase>().SingleOrDefaultAsync(p => p.PaymentIntentId == paymentIntentId && p.RefundedAtUtc == null, cancellationToken);
        if (purchase is null)
        {
            return false;
        }
        purchase.RefundedAtUtc = now;
        var membership = memberships.ByUser(purchase.UserId)
            ?? memberships.Track(await db.Set<Membership>().SingleOrDefaultAsync(m => m.UserId == purchase.UserId, cancellationToken));
        if (membership is { Source: MembershipSource.Pass, Status: not MembershipStatus.Ended, CurrentPeriodEndUtc: { } end })
        {
            membership.ShortenPass(PassTerm.AfterRefund(end, purchase.Days, now), now);
        }
        return true;
    }
}
