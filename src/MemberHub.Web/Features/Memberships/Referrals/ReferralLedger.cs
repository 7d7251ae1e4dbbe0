using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Memberships.Referrals;

/// <summary>
/// The referral side of the Stripe event processor, inside its transaction: an invited member's first payment records
/// their referrer's reward (or why there is none), and a full refund reverses a reward not yet settled for good.
/// </summary>
internal static class ReferralLedger
{
    public static async Task<bool> FirstPaymentAsync(AppDbContext db, string invitedId, string paymentRef, DateTime now, CancellationToken cancellationToken)
    {
        var program = await db.Set<ReferralProgram>().AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new ReferralProgram();
        if (!program.Enabled || await db.Set<ReferralReward>().AnyAsync(r => r.InvitedUserId == invitedId, cancellationToken))
        {
            return false;
        }
        // Where the invited member came from is what the joining funnel kept: their first step's source, "ref:<code>".
        if (await Invitation.CodeOfAsync(db, invitedId, cancellationToken) is not { } code
            || await db.Set<Referrer>().AsNoTracking().SingleOrDefaultAsync(r => r.Code == code, cancellationToken) is not { } referrer)
        {
            return false;
        }
        var emails = await db.Users.Where(u => u.Id == referrer.UserId || u.Id == invitedId).ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        var (monthStart, monthEnd) = ReferralRules.MonthOf(now);
        var thisMonth = await db.Set<ReferralReward>().CountAsync(r => r.ReferrerId == referrer.UserId && r.PaidAtUtc >= monthStart && r.PaidAtUtc < monthEnd
            && (r.State == RewardState.Pending || r.State == RewardState.Earned), cancellationToken);
        var campaigns = await db.Set<ReferralCampaign>().AsNoTracking().ToListAsync(cancellationToken);
        var decision = ReferralRules.Decide(referrer.UserId, emails.GetValueOrDefault(referrer.UserId), invitedId, emails.GetValueOrDefault(invitedId),
            program, campaigns, thisMonth, now);
        db.Add(new ReferralReward
        {
            ReferrerId = referrer.UserId, InvitedUserId = invitedId, Code = code, State = decision.State, Reason = decision.Reason, Days = decision.Days,
            Campaign = decision.Campaign, PaymentRef = paymentRef, PaidAtUtc = now, EarnsAtUtc = now.AddDays(program.HoldDays),
            SettledAtUtc = decision.State == RewardState.Refused ? now : null,
        });
        return true;
    }

    /// <summary>
    /// The invited member's payment came back: the reward is reversed. In its hold (the usual case, which is what the hold
    /// is for) nothing was given yet; days already given are not taken back.
    /// </summary>
    public static async Task<bool> RefundedAsync(AppDbContext db, string invitedId, DateTime now, CancellationToken cancellationToken)
    {
        var reward = await db.Set<ReferralReward>().SingleOrDefaultAsync(
            r => r.InvitedUserId == invitedId && (r.State == RewardState.Pending || r.State == RewardState.Earned), cancellationToken);
        if (reward is null)
        {
            return false;
        }
        reward.State = RewardState.Reversed;
        reward.Reason = ReferralRules.Refund;
        reward.SettledAtUtc = now;
        return true;
    }
}
