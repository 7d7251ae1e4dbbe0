using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.Referrals;

/// <summary>A member's personal invite code (<c>/r/{code}</c>), made the first time they open their referrals page.</summary>
public sealed class Referrer
{
    public const int CodeLength = 8;

    public string UserId { get; set; } = "";
    public string Code { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}

public enum RewardState
{
    /// <summary>The invited member paid; the reward waits out the Owner's hold period (a refund in it reverses it).</summary>
    Pending,
    Earned,
    Reversed,
    /// <summary>Never granted: the reason says why (self-referral, same e-mail domain, monthly cap).</summary>
    Refused,
}

/// <summary>One invited member's reward for their referrer: at most one per invited person, whatever happens later.</summary>
public sealed class ReferralReward
{
    public int Id { get; set; }
    public string ReferrerId { get; set; } = "";
    public string InvitedUserId { get; set; } = "";
    public string Code { get; set; } = "";
    public RewardState State { get; set; }

    /// <summary>Why it was refused or reversed: self, card, domain, cap, refund, chargeback.</summary>
    public string? Reason { get; set; }
    public int Days { get; set; }

    /// <summary>Balance credit on the referrer's next invoices (minor units), when the Owner rewards in money; a referrer without a subscription gets <see cref="Days"/> instead.</summary>
    public long? CreditMinor { get; set; }
    public string? Currency { get; set; }
    public string? Campaign { get; set; }

    /// <summary>The payment that earned it (a Stripe invoice or a pass's Checkout session).</summary>
    public string PaymentRef { get; set; } = "";
    public DateTime PaidAtUtc { get; set; }
    public DateTime EarnsAtUtc { get; set; }
    public DateTime? SettledAtUtc { get; set; }

    /// <summary>When the days reached the referrer's membership (in Stripe, or on a pass); null while they have none running.</summary>
    public DateTime? AppliedAtUtc { get; set; }

    /// <summary>When a reward reversed after it was given had its unused days (or credit) taken back.</summary>
    public DateTime? TakenBackAtUtc { get; set; }
}

public enum RewardKind
{
    /// <summary>Free membership days: a trial extension in Stripe, days on a pass or complimentary period.</summary>
    Days,

    /// <summary>Credit on the referrer's Stripe customer balance, taken off their next invoices.</summary>
    Credit,
}

/// <summary>The Owner's referral programme (one row): the reward, the hold, the cap and the e-mail domain rule.</summary>
public sealed class ReferralProgram
{
    public int Id { get; set; } = 1;
    public bool Enabled { get; set; } = true;
    public int RewardDays { get; set; } = 30;
    public RewardKind RewardKind { get; set; }

    /// <summary>The credit in the referrer's own currency (major units: 20 is ¥20 or $20), when <see cref="RewardKind"/> is credit.</summary>
    public decimal RewardCredit { get; set; }
    public int HoldDays { get; set; } = 14;
    public int MonthlyCap { get; set; } = 5;
    public bool RefuseSameEmailDomain { get; set; }

    /// <summary>The welcome offer for an invited visitor: a Stripe coupon id (trial days or a first-period discount), or none.</summary>
    public string? WelcomeCouponId { get; set; }
}

/// <summary>A window in which referrals earn a different reward.</summary>
public sealed class ReferralCampaign
{
    public const int NameMaxLength = 80;

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public int RewardDays { get; set; }

    /// <summary>The campaign's credit when the programme rewards in credit (the programme's own when empty).</summary>
    public decimal? RewardCredit { get; set; }
}

internal sealed class ReferralConfiguration :
    IEntityTypeConfiguration<Referrer>, IEntityTypeConfiguration<ReferralReward>, IEntityTypeConfiguration<ReferralProgram>, IEntityTypeConfiguration<ReferralCampaign>
{
    public void Configure(EntityTypeBuilder<Referrer> referrer)
    {
        referrer.ToTable("Referrers");
        referrer.HasKey(r => r.UserId);
        referrer.HasIndex(r => r.Code).IsUnique();
        referrer.Property(r => r.UserId).HasMaxLength(450);
        referrer.Property(r => r.Code).HasMaxLength(Referrer.CodeLength);
        referrer.HasOne<ApplicationUser>().WithOne().HasForeignKey<Referrer>(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ReferralReward> reward)
    {
        reward.ToTable("ReferralRewards");
        reward.HasIndex(r => r.InvitedUserId).IsUnique();
        reward.HasIndex(r => new { r.ReferrerId, r.PaidAtUtc });
        reward.HasIndex(r => new { r.State, r.EarnsAtUtc });
        reward.Property(r => r.ReferrerId).HasMaxLength(450);
        reward.Property(r => r.InvitedUserId).HasMaxLength(450);
        reward.Property(r => r.Code).HasMaxLength(Referrer.CodeLength);
        reward.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        reward.Property(r => r.Reason).HasMaxLength(16);
        reward.Property(r => r.Campaign).HasMaxLength(ReferralCampaign.NameMaxLength);
        reward.Property(r => r.PaymentRef).HasMaxLength(255);
        reward.Property(r => r.Currency).HasMaxLength(3);
        reward.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.ReferrerId).OnDelete(DeleteBehavior.Cascade);
        reward.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.InvitedUserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ReferralProgram> program)
    {
        program.ToTable("ReferralProgram");
        program.Property(p => p.Id).ValueGeneratedNever();
        program.Property(p => p.WelcomeCouponId).HasMaxLength(255);
        program.Property(p => p.RewardKind).HasConversion<string>().HasMaxLength(8);
    }

    public void Configure(EntityTypeBuilder<ReferralCampaign> campaign)
    {
        campaign.ToTable("ReferralCampaigns");
        campaign.Property(c => c.Name).HasMaxLength(ReferralCampaign.NameMaxLength);
    }
}
