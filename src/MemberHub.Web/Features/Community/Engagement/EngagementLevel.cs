using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Engagement;

/// <summary>An engagement level: reached at <see cref="MinimumPoints"/>, named in both languages.</summary>
public sealed class EngagementLevel
{
    public int Id { get; set; }
    public int MinimumPoints { get; set; }
    public string NameEn { get; set; } = "";
    public string NameZh { get; set; } = "";

    public string Name(bool chinese) => chinese && NameZh.Length > 0 ? NameZh : NameEn;
}

internal sealed class EngagementLevelConfiguration : IEntityTypeConfiguration<EngagementLevel>
{
    public void Configure(EntityTypeBuilder<EngagementLevel> level)
    {
        level.ToTable("EngagementLevels");
        level.Property(l => l.NameEn).HasMaxLength(40);
        level.Property(l => l.NameZh).HasMaxLength(40);
    }
}
