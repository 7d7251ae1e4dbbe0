using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>The one Stripe customer of a user, created before their first checkout and reused after.</summary>
public sealed class BillingCustomer
{
    public string UserId { get; set; } = "";
    public string StripeCustomerId { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>A Stripe event already applied; its id is the key, so a re-delivery changes nothing.</summary>
public sealed class ProcessedStripeEvent
{
    public string EventId { get; set; } = "";
    public string Type { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime ProcessedAtUtc { get; set; }
}

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

/// <summary>Someone who wants a seat in a full tier.</summary>
public sealed class WaitlistEntry
{
    public int Id { get; set; }
    public int TierId { get; set; }
    public string UserId { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> membership)
    {
        membership.ToTable("Memberships");
        membership.HasIndex(m => m.UserId).IsUnique();
        membership.HasIndex(m => m.StripeSubscriptionId);
        membership.HasIndex(m => new { m.Status, m.CurrentPeriodEndUtc });
        membership.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        membership.Property(m => m.Source).HasConversion<string>().HasMaxLength(16);
        membership.Property(m => m.Interval).HasConversion<string>().HasMaxLength(8);
        membership.Property(m => m.StripeSubscriptionId).HasMaxLength(255);
        membership.Property(m => m.StripePriceId).HasMaxLength(255);
        membership.HasOne(m => m.Tier).WithMany().HasForeignKey(m => m.TierId).OnDelete(DeleteBehavior.Restrict);
        membership.HasOne<ApplicationUser>().WithOne().HasForeignKey<Membership>(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BillingCustomerConfiguration : IEntityTypeConfiguration<BillingCustomer>
{
    public void Configure(EntityTypeBuilder<BillingCustomer> customer)
    {
        customer.ToTable("BillingCustomers");
        customer.HasKey(c => c.UserId);
        customer.HasIndex(c => c.StripeCustomerId).IsUnique();
        customer.Property(c => c.StripeCustomerId).HasMaxLength(255);
        customer.HasOne<ApplicationUser>().WithOne().HasForeignKey<BillingCustomer>(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcessedStripeEventConfiguration : IEntityTypeConfiguration<ProcessedStripeEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedStripeEvent> processed)
    {
        processed.ToTable("ProcessedStripeEvents");
        processed.HasKey(e => e.EventId);
        processed.Property(e => e.EventId).HasMaxLength(255);
        processed.Property(e => e.Type).HasMaxLength(100);
    }
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

internal sealed class WaitlistEntryConfiguration : IEntityTypeConfiguration<WaitlistEntry>
{
    public void Configure(EntityTypeBuilder<WaitlistEntry> entry)
    {
        entry.ToTable("WaitlistEntries");
        entry.HasIndex(e => new { e.TierId, e.UserId }).IsUnique();
        entry.HasOne<Tier>().WithMany().HasForeignKey(e => e.TierId).OnDelete(DeleteBehavior.Cascade);
        entry.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
