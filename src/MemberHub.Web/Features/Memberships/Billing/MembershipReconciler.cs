using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Features.Memberships.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>
/// Webhooks can be missed (downtime, a misconfigured endpoint). Periodically, memberships whose state looks stale —
/// a period that ended without a renewal, a grace period that ran out, a checkout never confirmed — are re-read
/// from Stripe and corrected, and what changed is logged.
/// </summary>
public sealed class MembershipReconciler(
    IDbContextFactory<AppDbContext> contexts, IBillingGateway gateway, TierPriceDirectory prices, IOptions<MembershipOptions> options,
    MembershipEvents events, Health.StripeEventLog eventLog, Infrastructure.Jobs.JobLeases leases, TimeProvider clock, ILogger<MembershipReconciler> logger)
    : Infrastructure.PeriodicPass(leases, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.ReconcileIntervalMinutes);

    // Like every periodic pass, on one instance at a time: the others would only ask Stripe the same questions again.
    protected override async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        var corrected = await ReconcileAsync(cancellationToken);
        await eventLog.PruneAsync(cancellationToken);
        return corrected;
    }

    /// <summary>
    /// Sets a Stripe membership to its subscription as Stripe holds it now (ended if Stripe has none) and marks it
    /// reconciled; returns whether anything changed. The periodic pass and the Owner's repair both come here.
    /// </summary>
    public static async Task<bool> FollowStripeAsync(AppDbContext db, Membership membership, IBillingGateway gateway, TierPriceDirectory prices,
        DateTime now, CancellationToken cancellationToken)
    {
        var subscription = await gateway.GetSubscriptionAsync(membership.StripeSubscriptionId!, cancellationToken);
        bool changed;
        if (subscription is null)
        {
            membership.End(now);
            changed = true;
        }
        else
        {
            var tierId = subscription.PriceId is { } priceId ? await prices.TierOfPriceAsync(db, priceId, cancellationToken) : null;
            changed = membership.Apply(subscription, tierId ?? membership.TierId, StripeEventProcessor.WholeSeconds(now), now);
        }
        membership.LastReconciledAtUtc = now;
        return changed;
    }

    /// <summary>One pass; returns how many memberships it corrected.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var grace = options.Value.Grace;
        var recheckAfter = now.AddMinutes(-options.Value.ReconcileIntervalMinutes);
        var pendingSince = now.AddHours(-1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stale = await db.Set<Membership>()
            .Where(m => m.Source == MembershipSource.Stripe && m.StripeSubscriptionId != null && m.Status != MembershipStatus.Ended)
            .Where(m => m.LastReconciledAtUtc == null || m.LastReconciledAtUtc < recheckAfter)
            .Where(m => m.CurrentPeriodEndUtc < now
                        || (m.Status == MembershipStatus.PastDue && m.PastDueSinceUtc < now - grace)
                        || (m.Status == MembershipStatus.Incomplete && m.UpdatedAtUtc < pendingSince))
            .ToListAsync(cancellationToken);

        var fixedCount = 0;
        foreach (var membership in stale)
        {
            var before = $"{membership.Status} until {membership.CurrentPeriodEndUtc:u}";
            var changed = await FollowStripeAsync(db, membership, gateway, prices, now, cancellationToken);
            var after = $"{membership.Status} until {membership.CurrentPeriodEndUtc:u}";
            if (changed && before != after)
            {
                fixedCount++;
                Logger.LogWarning("Reconciled the membership of {User} from Stripe: {Before} -> {After}", membership.UserId, before, after);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var membership in stale)
        {
            events.Raise(membership.UserId);
        }
        return fixedCount;
    }
}
