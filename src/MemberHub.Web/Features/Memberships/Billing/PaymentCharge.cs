using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>
/// A charge that took a member's money (charge.succeeded): whose it was and the card's fingerprint. A chargeback names
/// only the charge, so this is how it finds its member; the fingerprint is how a referral paid with the referrer's own
/// card is told apart from a real one.
/// </summary>
public sealed class PaymentCharge
{
    public string StripeChargeId { get; set; } = "";
    public string UserId { get; set; } = "";
    public string? PaymentIntentId { get; set; }

    /// <summary>Stripe's fingerprint of the card number: the same card gives the same value on every account.</summary>
    public string? CardFingerprint { get; set; }
    public DateTime PaidAtUtc { get; set; }

    /// <summary>When the cardholder disputed it with their bank (charge.dispute.created).</summary>
    public DateTime? DisputedAtUtc { get; set; }
}

internal sealed class PaymentChargeConfiguration : IEntityTypeConfiguration<PaymentCharge>
{
    public void Configure(EntityTypeBuilder<PaymentCharge> charge)
    {
        charge.ToTable("PaymentCharges");
        charge.HasKey(c => c.StripeChargeId);
        charge.Property(c => c.StripeChargeId).HasMaxLength(255);
        charge.Property(c => c.UserId).HasMaxLength(450);
        charge.Property(c => c.PaymentIntentId).HasMaxLength(255);
        charge.Property(c => c.CardFingerprint).HasMaxLength(64);
        charge.HasIndex(c => new { c.UserId, c.CardFingerprint });
        charge.HasIndex(c => c.PaymentIntentId);
        charge.HasOne<Accounts.ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
