using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Stripe;

namespace MemberHub.Web.Features.Memberships.Passes;

/// <summary>What buying (or renewing) a pass now costs and the end it gives.</summary>
public sealed record PassOffer(Tier Tier, long Amount, bool EarlyRenewal, DateTime? CurrentEndUtc, DateTime NewEndUtc);

/// <summary>
/// Fixed-term passes: the offer a member sees (full or early-renewal price, the end a renewal gives) and the start of
/// Checkout in payment mode. The pass itself is granted by the webhook once Stripe says the payment went through.
/// </summary>
public sealed class PassService(
    IDbContextFactory<AppDbContext> contexts, IBillingGateway gateway, Billing.CheckoutService checkout, MemberAccess access, TimeProvider clock,
    IStringLocalizer<MembershipText> text, ILogger<PassService> logger, Accounts.Funnel.JoiningFunnel funnel)
{
    public async Task<Outcome<PassOffer>> OfferAsync(string? userId, int tierId, CancellationToken cancellationToken = default)
    {
        if (userId is null)
        {
            return Outcome<PassOffer>.Refused(text["Checkout.SignInFirst"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await OfferAsync(db, userId, tierId, cancellationToken);
    }

    public async Task<Outcome<string>> StartAsync(string? userId, int tierId, string siteBaseUrl, CancellationToken cancellationToken = default)
    {
        if (userId is null)
        {
            return Outcome<string>.Refused(text["Checkout.SignInFirst"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var offer = await OfferAsync(db, userId, tierId, cancellationToken);
        if (!offer.Succeeded)
        {
            return Outcome<string>.Refused(offer.Error!);
        }
        var (tier, amount, early, _, _) = offer.Value!;
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        try
        {
            var customerId = await checkout.EnsureCustomerAsync(db, userId, user.Email ?? "", user.NameForDisplay, cancellationToken);
            var baseUrl = siteBaseUrl.TrimEnd('/');
            var url = await gateway.CreatePassCheckoutSessionAsync(new PassCheckoutRequest(
                userId, customerId, tier, amount, tier.PassDays!.Value, early,
                baseUrl + "/billing/success?session_id={CHECKOUT_SESSION_ID}",
                baseUrl + "/pricing?canceled=1", await Referrals.Invitation.OfAsync(db, userId, cancellationToken)), cancellationToken);
            await funnel.RecordAsync(db, userId, Accounts.Funnel.JoiningStep.CheckoutStarted, cancellationToken: cancellationToken);
            return Outcome<string>.Ok(url);
        }
        catch (StripeException e)
        {
            logger.LogWarning(e, "Stripe refused a pass checkout for {User}", userId);
            return Outcome<string>.Refused(text["Billing.StripeFailed", e.StripeError?.Message ?? e.Message]);
        }
    }

    /// <summary>The member's pass payments, newest first (their receipts on the billing page).</summary>
    public async Task<IReadOnlyList<PassPurchase>> PurchasesAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<PassPurchase>().AsNoTracking().Where(p => p.UserId == userId)
            .OrderByDescending(p => p.PaidAtUtc).Take(50).ToListAsync(cancellationToken);
    }

    private async Task<Outcome<PassOffer>> OfferAsync(AppDbContext db, string userId, int tierId, CancellationToken cancellationToken)
    {
        var tier = await db.Set<Tier>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == tierId, cancellationToken);
        if (tier is null || !await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return Outcome<PassOffer>.Refused(text["Tiers.Unknown"]);
        }
        if (tier.Archived || !tier.OnSale)
        {
            return Outcome<PassOffer>.Refused(text["Checkout.NotOnSale"]);
        }
        if (!tier.SellsPass)
        {
            return Outcome<PassOffer>.Refused(text["Pass.NotSold"]);
        }
        var membership = await db.Set<Membership>().AsNoTracking().Include(m => m.Tier).SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        var running = access.PhaseOf(membership).GivesAccess();
        if (running && membership!.Source == MembershipSource.Stripe)
        {
            return Outcome<PassOffer>.Refused(text["Pass.HasSubscription"]);
        }
        var currentEnd = !running ? null : membership!.Source == MembershipSource.Pass ? membership.CurrentPeriodEndUtc : membership.ComplimentaryUntilUtc;
        if (running && membership!.TierId != tierId)
        {
            return Outcome<PassOffer>.Refused(text["Pass.OtherTier", membership.Tier?.Name(Cultures.IsChinese) ?? "",
                currentEnd?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""]);
        }
        if (!running && tier.MemberCap is { } cap && await Billing.CheckoutService.ActiveMembersAsync(db, tierId, cancellationToken) >= cap)
        {
            return Outcome<PassOffer>.Refused(text["Checkout.Full"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // Only a pass is renewed at the renewal price; a complimentary period is extended at the full one.
        var renewing = running && membership!.Source == MembershipSource.Pass ? currentEnd : null;
        return Outcome<PassOffer>.Ok(new PassOffer(tier, PassTerm.Price(tier, renewing, now), PassTerm.IsEarlyRenewal(tier, renewing, now),
            currentEnd, PassTerm.Extend(currentEnd, now, tier.PassDays!.Value)));
    }
}
