using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Profiles;

/// <summary>Each acceptance of the rules, with the version accepted.</summary>
public sealed class RulesAcceptance
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public int Version { get; set; }
    public DateTime AcceptedAtUtc { get; set; }
}

internal sealed class RulesAcceptanceConfiguration : IEntityTypeConfiguration<RulesAcceptance>
{
    public void Configure(EntityTypeBuilder<RulesAcceptance> acceptance)
    {
        acceptance.ToTable("RulesAcceptances");
        acceptance.HasIndex(a => new { a.UserId, a.Version });
        acceptance.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
