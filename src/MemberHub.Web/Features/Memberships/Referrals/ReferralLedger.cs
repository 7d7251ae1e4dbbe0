using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Memberships.Referrals;

/// <summary>
/// The referral side of the Stripe event processor, inside its transaction: an invited member's first payment records
/// their referrer's reward (or why there is none), a card both of them paid with refuses it while it is held, and a full
/// refund or a chargeback reverses it.
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
        var sameCard = await SharedCardAsync(db, referrer.UserId, invitedId, cancellationToken);
        var decision = ReferralRules.Decide(referrer.UserId, emails.GetValueOrDefault(referrer.UserId), invitedId, emails.GetValueOrDefault(invitedId),
            program, campaigns, thisMonth, now, sameCard);
        var currency = decision.Credit is null ? null : await CurrencyOfAsync(db, referrer.UserId, cancellationToken);
        db.Add(new ReferralReward
        {
            ReferrerId = referrer.UserId, InvitedUserId = invitedId, Code = code, State = decision.State, Reason = decision.Reason, Days = decision.Days,
            CreditMinor = currency is null ? null : Tiers.Money.ToMinor(decision.Credit!.Value, currency), Currency = currency, Campaign = decision.Campaign, PaymentRef = paymentRef, PaidAtUtc = now, EarnsAtUtc = now.AddDays(program.HoldDays),
            SettledAtUtc = decision.State == RewardState.Refused ? now : null,
        });
        return true;
    }

    /// <summary>
    /// A card paid for <paramref name="userId"/>: a held reward between them and someone who paid with the same card is
    /// refused (the card's charge can arrive before or after the payment that recorded the reward).
    /// </summary>
    public static async Task<bool> CardSeenAsync(AppDbContext db, string userId, string fingerprint, DateTime now, CancellationToken cancellationToken)
    {
        // The processor applies a batch of events in one transaction: what earlier events of the batch added counts too.
        var held = (await db.Set<ReferralReward>().Where(r => r.State == RewardState.Pending && (r.InvitedUserId == userId || r.ReferrerId == userId)).ToListAsync(cancellationToken))
            .Union(db.Set<ReferralReward>().Local.Where(r => r.State == RewardState.Pending && (r.InvitedUserId == userId || r.ReferrerId == userId)))
            .ToList();
        var changed = false;
        foreach (var reward in held)
        {
            var other = reward.InvitedUserId == userId ? reward.ReferrerId : reward.InvitedUserId;
            if ((await CardsOfAsync(db, other, cancellationToken)).Contains(fingerprint))
            {
                reward.State = RewardState.Refused;
                reward.Reason = ReferralRules.SameCard;
                reward.SettledAtUtc = now;
                changed = true;
            }
        }
        return changed;
    }

    /// <summary>
    /// The invited member's payment came back (a full refund, or a chargeback): the reward is reversed. In its hold (the
    /// usual case, which is what the hold is for) nothing was given yet; what was given is taken back by
    /// <see cref="ReferralRewards"/> as far as it is still unused.
    /// </summary>
    public static async Task<bool> ReversedAsync(AppDbContext db, string invitedId, string reason, DateTime now, CancellationToken cancellationToken)
    {
        var reward = await db.Set<ReferralReward>().SingleOrDefaultAsync(
            r => r.InvitedUserId == invitedId && (r.State == RewardState.Pending || r.State == RewardState.Earned), cancellationToken);
        if (reward is null)
        {
            return false;
        }
        reward.State = RewardState.Reversed;
        reward.Reason = reason;
        reward.SettledAtUtc = now;
        return true;
    }

    private static async Task<bool> SharedCardAsync(AppDbContext db, string referrerId, string invitedId, CancellationToken cancellationToken) =>
        (await CardsOfAsync(db, referrerId, cancellationToken)).Overlaps(await CardsOfAsync(db, invitedId, cancellationToken));

    private static async Task<HashSet<string>> CardsOfAsync(AppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var cards = await db.Set<Billing.PaymentCharge>().Where(c => c.UserId == userId && c.CardFingerprint != null).Select(c => c.CardFingerprint!).ToListAsync(cancellationToken);
        cards.AddRange(db.Set<Billing.PaymentCharge>().Local.Where(c => c.UserId == userId && c.CardFingerprint != null).Select(c => c.CardFingerprint!));
        return cards.ToHashSet(StringComparer.Ordinal);
    }

    // Credit goes on the referrer's Stripe balance, which is kept in the currency they pay in.
    private static async Task<string?> CurrencyOfAsync(AppDbContext db, string referrerId, CancellationToken cancellationToken) =>
        await db.Set<Billing.Membership>().Where(m => m.UserId == referrerId)
            .Join(db.Set<Tiers.Tier>(), m => m.TierId, t => t.Id, (m, t) => t.Currency).FirstOrDefaultAsync(cancellationToken)
        ?? await db.Set<Tiers.Tier>().OrderBy(t => t.Id).Select(t => t.Currency).FirstOrDefaultAsync(cancellationToken);
}
