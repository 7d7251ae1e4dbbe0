using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.TakingPart;

/// <summary>
/// A (UTC) day on which a member took part, written with the activity by <see cref="ParticipationLog"/>: "N days active"
/// is a count of a member's rows, not a DISTINCT over every activity table.
/// </summary>
public sealed class ActiveDay
{
    public string UserId { get; set; } = "";
    public DateOnly Day { get; set; }

    public static Task<int> CountAsync(Data.AppDbContext db, string userId, CancellationToken cancellationToken) =>
        db.Set<ActiveDay>().CountAsync(d => d.UserId == userId, cancellationToken);
}

internal sealed class ActiveDayConfiguration : IEntityTypeConfiguration<ActiveDay>
{
    public void Configure(EntityTypeBuilder<ActiveDay> day)
    {
        day.ToTable("ActiveDays");
        day.HasKey(d => new { d.UserId, d.Day });
        day.Property(d => d.UserId).HasMaxLength(450);
        day.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
