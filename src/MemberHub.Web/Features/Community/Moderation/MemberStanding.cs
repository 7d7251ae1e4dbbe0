using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Moderation;

/// <summary>Where a member stands with the moderators: suspended (may read, may not post) or banned (no access).</summary>
public sealed class MemberStanding
{
    public string UserId { get; set; } = "";
    public DateTime? SuspendedUntilUtc { get; set; }
    public DateTime? BannedAtUtc { get; set; }
    public string? BanReason { get; set; }
    public int WarningCount { get; set; }
}

internal sealed class MemberStandingConfiguration : IEntityTypeConfiguration<MemberStanding>
{
    public void Configure(EntityTypeBuilder<MemberStanding> standing)
    {
        standing.ToTable("MemberStandings");
        standing.HasKey(s => s.UserId);
        standing.Property(s => s.BanReason).HasMaxLength(2_000);
        standing.HasOne<ApplicationUser>().WithOne().HasForeignKey<MemberStanding>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
