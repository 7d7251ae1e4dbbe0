using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>A Stripe event already applied; its id is the key, so a re-delivery changes nothing.</summary>
public sealed class ProcessedStripeEvent
{
    public string EventId { get; set; } = "";
    public string Type { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime ProcessedAtUtc { get; set; }
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
