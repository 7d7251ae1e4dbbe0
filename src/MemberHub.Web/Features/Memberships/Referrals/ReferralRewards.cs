using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace MemberHub.Web.Features.Memberships.Referrals;

/// <summary>
/// Settles rewards whose hold has passed (no refund came) and gives the days: in Stripe for a subscription (a trial
/// extension, through the same gateway in test mode), on the membership for a pass or a complimentary period. A reward
/// whose referrer has no membership running, or whose Stripe call failed, is given on a later pass.
/// </summary>
public sealed class ReferralRewards(IDbContextFactory<AppDbContext> contexts, IBillingGateway gateway, MemberAccess access, TimeProvider clock, ILogger<ReferralRewards> logger)
{
    public async Task<int> ScanAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var earned = await db.Set<ReferralReward>().Where(r => r.State == RewardState.Pending && r.EarnsAtUtc <= now).ToListAsync(cancellationToken);
        foreach (var reward in earned)
        {
            reward.State = RewardState.Earned;
            reward.SettledAtUtc = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        var given = 0;
        foreach (var reward in await db.Set<ReferralReward>().AsNoTracking().Where(r => r.State == RewardState.Earned && r.AppliedAtUtc == null).ToListAsync(cancellationToken))
        {
            // Claimed first, so two passes at once (a start-up pass beside a timed one) never give the days twice.
            if (await db.Set<ReferralReward>().Where(r => r.Id == reward.Id && r.AppliedAtUtc == null)
                    .ExecuteUpdateAsync(r => r.SetProperty(x => x.AppliedAtUtc, now), cancellationToken) == 0)
            {
                continue;
            }
            if (await GiveAsync(db, reward, now, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
                given++;
            }
            else
            {
                await db.Set<ReferralReward>().Where(r => r.Id == reward.Id).ExecuteUpdateAsync(r => r.SetProperty(x => x.AppliedAtUtc, (DateTime?)null), cancellationToken);
            }
        }
        return given;
    }

    private async Task<bool> GiveAsync(AppDbContext db, ReferralReward reward, DateTime now, CancellationToken cancellationToken)
    {
        var membership = await db.Set<Membership>().SingleOrDefaultAsync(m => m.UserId == reward.ReferrerId, cancellationToken);
        if (membership is null || !access.PhaseOf(membership).GivesAccess())
        {
            return false;
        }
        if (membership.Source != MembershipSource.Stripe)
        {
            membership.AddFreeDays(reward.Days, now);
            return true;
        }
        if (membership.StripeSubscriptionId is not { } subscriptionId)
        {
            return false;
        }
        var from = new[] { membership.CurrentPeriodEndUtc, membership.TrialEndUtc, now }.Max()!.Value;
        try
        {
            // The membership follows through Stripe's customer.subscription.updated, like every other change.
            await gateway.ExtendSubscriptionAsync(subscriptionId, from.AddDays(reward.Days), cancellationToken);
            await db.Entry(membership).ReloadAsync(cancellationToken);
            return true;
        }
        catch (StripeException e)
        {
            logger.LogWarning(e, "Stripe refused the referral reward {Reward}; it is tried again on the next pass", reward.Id);
            return false;
        }
    }
}

/// <summary>Settles referral rewards every hour (on the app's clock), and once at start-up.</summary>
public sealed class ReferralRewardService(ReferralRewards rewards, TimeProvider clock, ILogger<ReferralRewardService> logger) : Infrastructure.PeriodicPass(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task<int> PassAsync(CancellationToken cancellationToken) => rewards.ScanAsync(cancellationToken);
}
