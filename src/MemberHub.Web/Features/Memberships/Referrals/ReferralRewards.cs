using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace MemberHub.Web.Features.Memberships.Referrals;

/// <summary>
/// Settles rewards whose hold has passed (no refund came) and gives them: for a subscriber in Stripe a trial extension or
/// balance credit (through the same gateway in test mode), days on a pass or a complimentary period. A reward reversed
/// after it was given is taken back as far as it is unused. A reward whose referrer has no membership running, or whose
/// Stripe call failed, is given (or taken back) on a later pass.
/// </summary>
public sealed class ReferralRewards(IDbContextFactory<AppDbContext> contexts, IBillingGateway gateway, MemberAccess access, TimeProvider clock, ILogger<ReferralRewards> logger)
{
    // One scan at a time in this instance: the hourly pass and a scan asked for beside it (the start-up pass, a test)
    // interleaved their reads and the gateway's write, and a referrer's extended trial was read back as it was before.
    private readonly SemaphoreSlim scan = new(1, 1);

    public async Task<int> ScanAsync(CancellationToken cancellationToken = default)
    {
        await scan.WaitAsync(cancellationToken);
        try
        {
            return await ScanOnceAsync(cancellationToken);
        }
        finally
        {
            scan.Release();
        }
    }

    private async Task<int> ScanOnceAsync(CancellationToken cancellationToken)
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
        var done = 0;
        foreach (var reward in await db.Set<ReferralReward>().AsNoTracking().Where(r => r.State == RewardState.Earned && r.AppliedAtUtc == null).ToListAsync(cancellationToken))
        {
            // Claimed first, so two passes at once (a start-up pass beside a timed one) never give the days twice.
            done += await ClaimedAsync(db, reward.Id, r => r.AppliedAtUtc == null, r => r.SetProperty(x => x.AppliedAtUtc, now),
                r => r.SetProperty(x => x.AppliedAtUtc, (DateTime?)null), () => GiveAsync(db, reward, now, cancellationToken), cancellationToken);
        }
        foreach (var reward in await db.Set<ReferralReward>().AsNoTracking()
                     .Where(r => r.State == RewardState.Reversed && r.AppliedAtUtc != null && r.TakenBackAtUtc == null).ToListAsync(cancellationToken))
        {
            done += await ClaimedAsync(db, reward.Id, r => r.TakenBackAtUtc == null, r => r.SetProperty(x => x.TakenBackAtUtc, now),
                r => r.SetProperty(x => x.TakenBackAtUtc, (DateTime?)null), () => TakeBackAsync(db, reward, now, cancellationToken), cancellationToken);
        }
        return done;
    }

    private static async Task<int> ClaimedAsync(
        AppDbContext db, int rewardId, System.Linq.Expressions.Expression<Func<ReferralReward, bool>> unclaimed,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ReferralReward>> claim,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ReferralReward>> release,
        Func<Task<bool>> work, CancellationToken cancellationToken)
    {
        if (await db.Set<ReferralReward>().Where(r => r.Id == rewardId).Where(unclaimed).ExecuteUpdateAsync(claim, cancellationToken) == 0)
        {
            return 0;
        }
        if (await work())
        {
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }
        await db.Set<ReferralReward>().Where(r => r.Id == rewardId).ExecuteUpdateAsync(release, cancellationToken);
        return 0;
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
        if (reward is { CreditMinor: { } credit, Currency: { } currency })
        {
            return await CreditAsync(db, reward, credit, currency, "referral-reward-", cancellationToken);
        }
        if (membership.StripeSubscriptionId is not { } subscriptionId)
        {
            return false;
        }
        var from = new[] { membership.CurrentPeriodEndUtc, membership.TrialEndUtc, now }.Max()!.Value;
        // The membership follows through Stripe's customer.subscription.updated, like every other change.
        return await StripeAsync(reward, () => gateway.MoveTrialEndAsync(subscriptionId, from.AddDays(reward.Days), cancellationToken));
    }

    // What is still ahead of the referrer comes back: days of a trial or a term not yet lived, credit not yet spent is debited.
    private async Task<bool> TakeBackAsync(AppDbContext db, ReferralReward reward, DateTime now, CancellationToken cancellationToken)
    {
        var membership = await db.Set<Membership>().SingleOrDefaultAsync(m => m.UserId == reward.ReferrerId, cancellationToken);
        if (membership is null)
        {
            return true;
        }
        if (membership.Source != MembershipSource.Stripe)
        {
            membership.TakeBackFreeDays(reward.Days, now);
            return true;
        }
        if (reward is { CreditMinor: { } credit, Currency: { } currency })
        {
            return await CreditAsync(db, reward, -credit, currency, "referral-takeback-", cancellationToken);
        }
        if (membership is not { StripeSubscriptionId: { } subscriptionId, TrialEndUtc: { } trialEnd } || trialEnd <= now)
        {
            return true;
        }
        return await StripeAsync(reward, () => gateway.MoveTrialEndAsync(subscriptionId, trialEnd.AddDays(-reward.Days), cancellationToken));
    }

    private async Task<bool> CreditAsync(AppDbContext db, ReferralReward reward, long creditMinor, string currency, string keyPrefix, CancellationToken cancellationToken)
    {
        var customerId = await db.Set<BillingCustomer>().Where(c => c.UserId == reward.ReferrerId).Select(c => c.StripeCustomerId).FirstOrDefaultAsync(cancellationToken);
        return customerId is not null && await StripeAsync(reward, () => gateway.AddBalanceCreditAsync(
            customerId, creditMinor, currency, $"Referral reward {reward.Id}", keyPrefix + reward.Id, cancellationToken));
    }

    private async Task<bool> StripeAsync(ReferralReward reward, Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (StripeException e)
        {
            logger.LogWarning(e, "Stripe refused a change for the referral reward {Reward}; it is tried again on the next pass", reward.Id);
            return false;
        }
    }
}

/// <summary>Settles referral rewards every hour (on the app's clock), and once at start-up.</summary>
public sealed class ReferralRewardService(ReferralRewards rewards, Infrastructure.Jobs.JobLeases leases, TimeProvider clock, ILogger<ReferralRewardService> logger) : Infrastructure.PeriodicPass(leases, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task<int> PassAsync(CancellationToken cancellationToken) => rewards.ScanAsync(cancellationToken);
}
