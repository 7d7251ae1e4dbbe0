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
