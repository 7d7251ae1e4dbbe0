using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Engagement;

/// <summary>Owner-tunable points per kind.</summary>
public sealed class PointWeight
{
    public string Kind { get; set; } = "";
    public int Points { get; set; }
}

internal sealed class PointWeightConfiguration : IEntityTypeConfiguration<PointWeight>
{
    public void Configure(EntityTypeBuilder<PointWeight> weight)
    {
        weight.ToTable("PointWeights");
        weight.HasKey(w => w.Kind);
        weight.Property(w => w.Kind).HasMaxLength(40);
    }
}
