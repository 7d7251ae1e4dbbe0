using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Stripe;

namespace MemberHub.Web.Features.Memberships.Billing;

public sealed record BillingOverview(Membership? Membership, MembershipPhase Phase, Tier? ScheduledTier, IReadOnlyList<MembershipInvoice> Invoices, bool IsTestMode);

/// <summary>A member's own billing: what they hold, their invoices, cancel and resume, switching tier, the Stripe portal.</summary>
public sealed class BillingService(
    IDbContextFactory<AppDbContext> contexts, IBillingGateway gateway, MemberAccess access, TimeProvider clock,
    IStringLocalizer<MembershipText> text, ILogger<BillingService> logger)
{
    public async Task<BillingOverview> OverviewAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var membership = await db.Set<Membership>().AsNoTracking().Include(m => m.Tier).SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        var invoices = await db.Set<MembershipInvoice>().AsNoTracking().Where(i => i.UserId == userId)
            .OrderByDescending(i => i.CreatedUtc).Take(50).ToListAsync(cancellationToken);
        var scheduled = membership?.ScheduledTierId is { } scheduledId
            ? await db.Set<Tier>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == scheduledId, cancellationToken)
            : null;
        return new BillingOverview(membership, access.PhaseOf(membership), scheduled, invoices, gateway.IsTestMode);
    }

    public Task<Outcome> CancelAtPeriodEndAsync(string? userId, CancellationToken cancellationToken = default) =>
        WithSubscriptionAsync(userId, (id, _) => gateway.SetCancelAtPeriodEndAsync(id, true, cancellationToken), cancellationToken);

    public Task<Outcome> ResumeAsync(string? userId, CancellationToken cancellationToken = default) =>
        WithSubscriptionAsync(userId, (id, _) => gateway.SetCancelAtPeriodEndAsync(id, false, cancellationToken), cancellationToken);

    /// <summary>A higher tier starts at once (prorated); a lower or equal one at the end of the paid period.</summary>
    public async Task<Outcome> SwitchTierAsync(string? userId, int tierId, BillingInterval interval, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var target = await db.Set<Tier>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == tierId, cancellationToken);
        if (target is null || target.Archived || !target.OnSale)
        {
            return Outcome.Refused(text["Checkout.NotOnSale"]);
        }
        if (target.StripePriceId(interval) is not { } priceId)
        {
            return Outcome.Refused(text["Checkout.NoSuchInterval"]);
        }
        return await WithSubscriptionAsync(userId, async (subscriptionId, membership) =>
        {
            if (membership.StripePriceId == priceId)
            {
                throw new BillingRefusal(text["Billing.AlreadyOnTier"]);
            }
            if (target.MemberCap is { } cap && target.Id != membership.TierId && await CheckoutService.ActiveMembersAsync(db, target.Id, cancellationToken) >= cap)
            {
                throw new BillingRefusal(text["Checkout.Full"]);
            }
            if (target.Rank > (membership.Tier?.Rank ?? 0))
            {
                await gateway.UpgradeAsync(subscriptionId, priceId, cancellationToken);
            }
            else
            {
                await gateway.DowngradeAtPeriodEndAsync(subscriptionId, priceId, cancellationToken);
                var tracked = await db.Set<Membership>().SingleAsync(m => m.Id == membership.Id, cancellationToken);
                tracked.ScheduleDowngrade(target.Id, clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public async Task<Outcome<string>> PortalUrlAsync(string? userId, string returnUrl, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = userId is null ? null : await db.Set<BillingCustomer>().AsNoTracking().SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        if (customer is null)
        {
            return Outcome<string>.Refused(text["Billing.NoSubscription"]);
        }
        try
        {
            return Outcome<string>.Ok(await gateway.CreatePortalSessionAsync(customer.StripeCustomerId, returnUrl, cancellationToken));
        }
        catch (StripeException e)
        {
            logger.LogWarning(e, "Stripe refused a portal session for {User}", userId);
            return Outcome<string>.Refused(text["Billing.StripeFailed", e.StripeError?.Message ?? e.Message]);
        }
    }

    /// <summary>A banned member stops paying: the subscription ends now, or at the end of the paid period (the Owner's choice).</summary>
    public async Task<Outcome> StopForBanAsync(string userId, bool cancelNow, CancellationToken cancellationToken = default)
    {
        var subscriptionId = await RunningSubscriptionOfAsync(userId, cancellationToken);
        if (subscriptionId is null)
        {
            return Outcome.Ok;
        }
        try
        {
            if (cancelNow)
            {
                await gateway.CancelNowAsync(subscriptionId, cancellationToken);
            }
            else
            {
                await gateway.SetCancelAtPeriodEndAsync(subscriptionId, true, cancellationToken);
            }
            return Outcome.Ok;
        }
        catch (StripeException e)
        {
            logger.LogWarning(e, "Could not stop {Subscription} of banned member {User}", subscriptionId, userId);
            return Outcome.Refused(text["Billing.StripeFailed", e.StripeError?.Message ?? e.Message]);
        }
    }

    /// <summary>Before an account is deleted: stop its subscription at once so nobody is charged for an account that is gone.</summary>
    public async Task<Outcome> StopBillingForDeletedAccountAsync(string userId, CancellationToken cancellationToken = default)
    {
        var subscriptionId = await RunningSubscriptionOfAsync(userId, cancellationToken);
        if (subscriptionId is null)
        {
            return Outcome.Ok;
        }
        try
        {
            await gateway.CancelNowAsync(subscriptionId, cancellationToken);
            return Outcome.Ok;
        }
        catch (StripeException e) when (e.HttpStatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return Outcome.Ok;
        }
        catch (StripeException e)
        {
            logger.LogWarning(e, "Could not cancel {Subscription} before deleting {User}", subscriptionId, userId);
            return Outcome.Refused(text["Billing.StripeFailed", e.StripeError?.Message ?? e.Message]);
        }
    }

    private async Task<Outcome> WithSubscriptionAsync(string? userId, Func<string, Membership, Task> action, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var membership = userId is null ? null
            : await db.Set<Membership>().AsNoTracking().Include(m => m.Tier).SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (membership?.StripeSubscriptionId is not { } subscriptionId || membership.Source != MembershipSource.Stripe
            || membership.Status is MembershipStatus.Ended or MembershipStatus.Incomplete)
        {
            return Outcome.Refused(text["Billing.NoSubscription"]);
        }
        try
        {
            await action(subscriptionId, membership);
            return Outcome.Ok;
        }
        catch (BillingRefusal refusal)
        {
            return Outcome.Refused(refusal.Message);
        }
        catch (StripeException e)
        {
            logger.LogWarning(e, "Stripe refused a change to {Subscription}", subscriptionId);
            return Outcome.Refused(text["Billing.StripeFailed", e.StripeError?.Message ?? e.Message]);
        }
    }

    // The Stripe subscription that may still charge this member, if any.
    private async Task<string?> RunningSubscriptionOfAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Membership>()
            .Where(m => m.UserId == userId && m.Source == MembershipSource.Stripe && m.Status != MembershipStatus.Ended)
            .Select(m => m.StripeSubscriptionId).FirstOrDefaultAsync(cancellationToken);
    }

    private sealed class BillingRefusal(string message) : Exception(message);
}
