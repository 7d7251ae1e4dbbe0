using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.TestMode;

/// <summary>A checkout opened in test mode; the local checkout page completes or cancels it.</summary>
public sealed class TestModeCheckout
{
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public int TierId { get; set; }
    public string PriceId { get; set; } = "";
    public BillingInterval Interval { get; set; }
    public int TrialDays { get; set; }
    public string SuccessUrl { get; set; } = "";
    public string CancelUrl { get; set; } = "";
    public string Status { get; set; } = "open";

    /// <summary>"subscription", or "payment" for a pass paid once (then the fields below say what it buys).</summary>
    public string Mode { get; set; } = "subscription";
    public int? PassDays { get; set; }
    public long? AmountMinor { get; set; }
    public bool EarlyRenewal { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class TestModeCheckoutConfiguration : IEntityTypeConfiguration<TestModeCheckout>
{
    public void Configure(EntityTypeBuilder<TestModeCheckout> checkout)
    {
        checkout.ToTable("TestModeCheckouts");
        checkout.Property(c => c.Id).HasMaxLength(64);
        checkout.Property(c => c.Interval).HasConversion<string>().HasMaxLength(8);
        checkout.Property(c => c.Mode).HasMaxLength(16);
    }
}
