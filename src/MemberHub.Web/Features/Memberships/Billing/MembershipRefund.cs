using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>
/// Money given back on one Stripe charge (charge.refunded): the total refunded so far, so a second partial refund
/// or a re-delivered event sets the same row rather than adding to it.
/// </summary>
public sealed class MembershipRefund
{
    public string StripeChargeId { get; set; } = "";
    public string? UserId { get; set; }
    public string Currency { get; set; } = "";
    public long AmountRefundedMinor { get; set; }
    public DateTime RefundedAtUtc { get; set; }

    /// <summary>Whether Stripe says the whole charge came back (what ends a pass's days and reverses a referral reward).</summary>
    public static bool IsFull(Stripe.Charge charge) => charge.Refunded || charge.AmountRefunded >= charge.Amount;
}

internal sealed class MembershipRefundConfiguration : IEntityTypeConfiguration<MembershipRefund>
{
    public void Configure(EntityTypeBuilder<MembershipRefund> refund)
    {
        refund.ToTable("MembershipRefunds");
        refund.HasKey(r => r.StripeChargeId);
        refund.Property(r => r.StripeChargeId).HasMaxLength(255);
        refund.Property(r => r.UserId).HasMaxLength(450);
        refund.Property(r => r.Currency).HasMaxLength(3);
        refund.HasIndex(r => r.RefundedAtUtc);
    }
}
