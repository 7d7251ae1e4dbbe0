using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>An invoice as the member's billing history shows it (kept from invoice.* events).</summary>
public sealed class MembershipInvoice
{
    public string StripeInvoiceId { get; set; } = "";
    public string UserId { get; set; } = "";
    public string? StripeSubscriptionId { get; set; }
    public long AmountDue { get; set; }
    public long AmountPaid { get; set; }
    public string Currency { get; set; } = "usd";
    public string Status { get; set; } = "";
    public string? HostedInvoiceUrl { get; set; }

    /// <summary>Stripe's invoice number (e.g. "A1B2C3-0001") and its PDF, shown with the invoice.</summary>
    public string? Number { get; set; }
    public string? InvoicePdfUrl { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

internal sealed class MembershipInvoiceConfiguration : IEntityTypeConfiguration<MembershipInvoice>
{
    public void Configure(EntityTypeBuilder<MembershipInvoice> invoice)
    {
        invoice.ToTable("MembershipInvoices");
        invoice.HasKey(i => i.StripeInvoiceId);
        invoice.HasIndex(i => new { i.UserId, i.CreatedUtc });
        invoice.Property(i => i.StripeInvoiceId).HasMaxLength(255);
        invoice.Property(i => i.StripeSubscriptionId).HasMaxLength(255);
        invoice.Property(i => i.Currency).HasMaxLength(3);
        invoice.Property(i => i.Status).HasMaxLength(32);
        invoice.Property(i => i.HostedInvoiceUrl).HasMaxLength(2048);
        invoice.Property(i => i.Number).HasMaxLength(64);
        invoice.Property(i => i.InvoicePdfUrl).HasMaxLength(2048);
        invoice.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
