using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Stripe;

namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>Joining: from a tier on the pricing page to Stripe Checkout (or the local test checkout), and the waitlist of full tiers.</summary>
public sealed class CheckoutService(
    IDbContextFactory<AppDbContext> contexts, IBillingGateway gateway, MemberAccess access, TimeProvider clock,
    IStringLocalizer<MembershipText> text, ILogger<CheckoutService> logger, Accounts.Funnel.JoiningFunnel funnel)
{
    public async Task<Outcome<string>> StartAsync(string? userId, int tierId, BillingInterval interval, string siteBaseUrl, CancellationToken cancellationToken = default)
    {
        if (userId is null)
        {
            return Outcome<string>.Refused(text["Checkout.SignInFirst"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        var tier = await db.Set<Tier>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == tierId, cancellationToken);
        if (user is null || tier is null)
        {
            return Outcome<string>.Refused(text["Tiers.Unknown"]);
        }
        if (tier.Archived || !tier.OnSale)
        {
            return Outcome<string>.Refused(text["Checkout.NotOnSale"]);
        }
        var priceId = tier.StripePriceId(interval);
        if (priceId is null)
        {
            return Outcome<string>.Refused(text["Checkout.NoSuchInterval"]);
        }
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        if (access.PhaseOf(viewer.Membership).GivesAccess())
        {
            return Outcome<string>.Refused(text["Checkout.AlreadyMember"]);
        }
        if (tier.MemberCap is { } cap && await ActiveMembersAsync(db, tierId, cancellationToken) >= cap)
        {
            return Outcome<string>.Refused(text["Checkout.Full"]);
        }

        try
        {
            var customerId = await EnsureCustomerAsync(db, user.Id, user.Email ?? "", user.NameForDisplay, cancellationToken);
            var baseUrl = siteBaseUrl.TrimEnd('/');
            var url = await gateway.CreateCheckoutSessionAsync(new CheckoutRequest(
                user.Id, customerId, tier, interval, priceId,
                baseUrl + "/billing/success?session_id={CHECKOUT_SESSION_ID}",
                baseUrl + "/pricing?canceled=1", await Referrals.Invitation.OfAsync(db, user.Id, cancellationToken)), cancellationToken);
            await funnel.RecordAsync(db, user.Id, Accounts.Funnel.JoiningStep.CheckoutStarted, cancellationToken: cancellationToken);
            return Outcome<string>.Ok(url);
        }
        catch (StripeException e)
        {
            logger.LogWarning(e, "Stripe refused a checkout for {User}", userId);
            return Outcome<string>.Refused(text["Billing.StripeFailed", e.StripeError?.Message ?? e.Message]);
        }
    }

    public async Task<Outcome> JoinWaitlistAsync(string? userId, int tierId, CancellationToken cancellationToken = default)
    {
        if (userId is null)
        {
            return Outcome.Refused(text["Checkout.SignInFirst"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Tier>().AnyAsync(t => t.Id == tierId && !t.Archived, cancellationToken))
        {
            return Outcome.Refused(text["Tiers.Unknown"]);
        }
        if (await db.Set<WaitlistEntry>().AnyAsync(w => w.TierId == tierId && w.UserId == userId, cancellationToken))
        {
            return Outcome.Refused(text["Waitlist.Already"]);
        }
        db.Add(new WaitlistEntry { TierId = tierId, UserId = userId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    internal static Task<int> ActiveMembersAsync(AppDbContext db, int tierId, CancellationToken cancellationToken) =>
        db.Set<Membership>().CountAsync(m => m.TierId == tierId && m.Status != MembershipStatus.Ended && m.Status != MembershipStatus.Incomplete, cancellationToken);

    // One Stripe customer per user, made once and reused for every later checkout.
    internal async Task<string> EnsureCustomerAsync(AppDbContext db, string userId, string email, string name, CancellationToken cancellationToken)
    {
        var existing = await db.Set<BillingCustomer>().AsNoTracking().SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        if (existing is not null)
        {
            return existing.StripeCustomerId;
        }
        var customerId = await gateway.CreateCustomerAsync(userId, email, name, cancellationToken);
        db.Add(new BillingCustomer { UserId = userId, StripeCustomerId = customerId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return customerId;
        }
        catch (DbUpdateException)
        {
            // Another click created it first; use that one.
            db.ChangeTracker.Clear();
            return (await db.Set<BillingCustomer>().AsNoTracking().SingleAsync(c => c.UserId == userId, cancellationToken)).StripeCustomerId;
        }
    }
}
