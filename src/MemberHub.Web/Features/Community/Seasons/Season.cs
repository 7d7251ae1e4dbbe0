using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Seasons;

/// <summary>
/// A season (期) of the community, e.g. "Spring 2027 cohort": what was asked, introduced and held between its start
/// and end belongs to it, and once it has ended that becomes a read-only archive.
/// </summary>
public sealed class Season
{
    public const int NameMaxLength = 80;

    public int Id { get; set; }
    public string NameEn { get; set; } = "";
    public string NameZh { get; set; } = "";
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }

    /// <summary>The Owner's choice: members who join after the season may read its archive (else only those who were there, and staff).</summary>
    public bool ArchiveOpenToLaterMembers { get; set; } = true;

    /// <summary>When the season's members were invited to renew into the next one (once).</summary>
    public DateTime? InvitationsSentAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public string Name(bool chinese) => chinese && NameZh.Length > 0 ? NameZh : NameEn.Length > 0 ? NameEn : NameZh;

    public bool HasEnded(DateTime nowUtc) => nowUtc >= EndsAtUtc;

    public bool Holds(DateTime atUtc) => atUtc >= StartsAtUtc && atUtc < EndsAtUtc;
}

internal sealed class SeasonConfiguration : IEntityTypeConfiguration<Season>
{
    public void Configure(EntityTypeBuilder<Season> season)
    {
        season.ToTable("Seasons");
        season.Property(s => s.NameEn).HasMaxLength(Season.NameMaxLength);
        season.Property(s => s.NameZh).HasMaxLength(Season.NameMaxLength);
        season.HasIndex(s => s.StartsAtUtc);
    }
}
