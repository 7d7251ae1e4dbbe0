using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Engagement;

/// <summary>One award of points; <see cref="SourceKey"/> makes each award happen once (e.g. "welcome:12").</summary>
public sealed class PointAward
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string SourceKey { get; set; } = "";
    public int Points { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class PointAwardConfiguration : IEntityTypeConfiguration<PointAward>
{
    public void Configure(EntityTypeBuilder<PointAward> award)
    {
        // The engagement panel sums a window's points per member from this index alone.
        award.HasIndex(x => new { x.CreatedAtUtc, x.UserId, x.Points });
        award.ToTable("PointAwards");
        award.HasIndex(a => new { a.UserId, a.Kind, a.SourceKey }).IsUnique();
        award.Property(a => a.Kind).HasMaxLength(40);
        award.Property(a => a.SourceKey).HasMaxLength(120);
        award.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
