using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>Someone who wants a seat in a full tier.</summary>
public sealed class WaitlistEntry
{
    public int Id { get; set; }
    public int TierId { get; set; }
    public string UserId { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
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
