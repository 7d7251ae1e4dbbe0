using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.Passes;

/// <summary>One paid pass (a Checkout session in payment mode): what it cost, the days it added and the end it gave.</summary>
public sealed class PassPurchase
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public int TierId { get; set; }
    public string CheckoutSessionId { get; set; } = "";

    /// <summary>The payment's PaymentIntent: a refund (charge.refunded) names it.</summary>
    public string? PaymentIntentId { get; set; }
    public long AmountMinor { get; set; }
    public string Currency { get; set; } = "";
    public int Days { get; set; }
    public bool EarlyRenewal { get; set; }
    public DateTime PaidAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public DateTime? RefundedAtUtc { get; set; }
}

internal sealed class PassPurchaseConfiguration : IEntityTypeConfiguration<PassPurchase>
{
    public void Configure(EntityTypeBuilder<PassPurchase> purchase)
    {
        purchase.ToTable("PassPurchases");
        purchase.HasIndex(p => p.CheckoutSessionId).IsUnique();
        purchase.HasIndex(p => p.PaymentIntentId);
        purchase.HasIndex(p => new { p.UserId, p.PaidAtUtc });
        purchase.Property(p => p.UserId).HasMaxLength(450);
        purchase.Property(p => p.CheckoutSessionId).HasMaxLength(255);
        purchase.Property(p => p.PaymentIntentId).HasMaxLength(255);
        purchase.Property(p => p.Currency).HasMaxLength(3);
        purchase.HasOne<Tier>().WithMany().HasForeignKey(p => p.TierId).OnDelete(DeleteBehavior.Restrict);
        purchase.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>A pass reminder that went out: the key (member, the end it was about, kind) keeps it to once, also across restarts and renewals.</summary>
public sealed class PassReminderSent
{
    public string UserId { get; set; } = "";
    public DateTime PassEndsAtUtc { get; set; }
    public string Kind { get; set; } = "";
    public DateTime SentAtUtc { get; set; }
}

internal sealed class PassReminderSentConfiguration : IEntityTypeConfiguration<PassReminderSent>
{
    public void Configure(EntityTypeBuilder<PassReminderSent> sent)
    {
        sent.ToTable("PassRemindersSent");
        sent.HasKey(r => new { r.UserId, r.PassEndsAtUtc, r.Kind });
        sent.Property(r => r.UserId).HasMaxLength(450);
        sent.Property(r => r.Kind).HasMaxLength(8);
        sent.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
