using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.TestMode;

/// <summary>A subscription as local test mode's stand-in for Stripe keeps it.</summary>
public sealed class TestModeSubscription
{
    public string Id { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public string UserId { get; set; } = "";
    public int TierId { get; set; }
    public string PriceId { get; set; } = "";
    public BillingInterval Interval { get; set; }
    public long Amount { get; set; }
    public string Currency { get; set; } = "usd";
    public string Status { get; set; } = "active";
    public DateTime PeriodStartUtc { get; set; }
    public DateTime PeriodEndUtc { get; set; }
    public DateTime? TrialEndUtc { get; set; }
    public bool CancelAtPeriodEnd { get; set; }
    public DateTime? EndedAtUtc { get; set; }
    public string? ScheduledPriceId { get; set; }

    /// <summary>The customer's balance as Stripe signs it: negative is credit, taken off the next invoices.</summary>
    public long BalanceMinor { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class TestModeSubscriptionConfiguration : IEntityTypeConfiguration<TestModeSubscription>
{
    public void Configure(EntityTypeBuilder<TestModeSubscription> subscription)
    {
        subscription.ToTable("TestModeSubscriptions");
        subscription.Property(s => s.Id).HasMaxLength(64);
        subscription.Property(s => s.Interval).HasConversion<string>().HasMaxLength(8);
        subscription.HasIndex(s => s.UserId);
    }
}
