using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.Tiers;

/// <summary>Every Stripe price a tier has had, so events naming an old price still find their tier.</summary>
public sealed class TierPrice
{
    public string StripePriceId { get; set; } = "";
    public int TierId { get; set; }
    public BillingInterval Interval { get; set; }
    public long Amount { get; set; }
    public string Currency { get; set; } = "usd";
    public bool Active { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class TierPriceConfiguration : IEntityTypeConfiguration<TierPrice>
{
    public void Configure(EntityTypeBuilder<TierPrice> price)
    {
        price.ToTable("TierPrices");
        price.HasKey(p => p.StripePriceId);
        price.Property(p => p.StripePriceId).HasMaxLength(255);
        price.Property(p => p.Interval).HasConversion<string>().HasMaxLength(8);
        price.Property(p => p.Currency).HasMaxLength(3);
        price.HasOne<Tier>().WithMany().HasForeignKey(p => p.TierId);
    }
}
