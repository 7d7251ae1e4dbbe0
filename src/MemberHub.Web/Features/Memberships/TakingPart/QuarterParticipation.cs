using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.TakingPart;

/// <summary>Something a person does that counts as taking part: writing, voting, signing up for a talk.</summary>
public interface ITakingPart
{
    string ParticipantId { get; }

    DateTime CreatedAtUtc { get; }
}

/// <summary>
/// A member took part in a calendar quarter, and when they last did. Kept as activity is saved (<see cref="ParticipationLog"/>),
/// so "who took part in a quarter" is read from one row per member instead of a DISTINCT over every activity table:
/// at 50 000 members and two million events that was ten seconds a dashboard. Who took part lately is on the membership
/// itself (<see cref="Billing.Membership.LastTookPartAtUtc"/>).
/// </summary>
public sealed class QuarterParticipation
{
    public DateOnly QuarterStart { get; set; }
    public string UserId { get; set; } = "";
    public DateTime LastAtUtc { get; set; }

    public static DateOnly QuarterOf(DateTime utc) => new(utc.Year, (utc.Month - 1) / 3 * 3 + 1, 1);
}

internal sealed class QuarterParticipationConfiguration : IEntityTypeConfiguration<QuarterParticipation>
{
    public void Configure(EntityTypeBuilder<QuarterParticipation> participation)
    {
        participation.ToTable("QuarterParticipations");
        participation.HasKey(p => new { p.QuarterStart, p.UserId });
        participation.Property(p => p.UserId).HasMaxLength(450);
        // A member's latest moment, for a rebuild of Membership.LastTookPartAtUtc, from the index alone.
        participation.HasIndex(p => new { p.UserId, p.QuarterStart, p.LastAtUtc });
        participation.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
