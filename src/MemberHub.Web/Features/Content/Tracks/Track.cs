using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Content.Tracks;

/// <summary>A learning track ("Growing a community"): ordered stages of ordered lessons, from shallow to deep.</summary>
public sealed class Track
{
    public const int TitleMaxLength = 120;
    public const int SlugMaxLength = 80;

    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string TitleZh { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string DescriptionZh { get; set; } = "";
    public int SortOrder { get; set; }
    public bool IsPublished { get; set; }

    /// <summary>Hash of the imported track.md; an unchanged file is skipped on the next import.</summary>
    public string? SourceHash { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public List<Stage> Stages { get; set; } = [];
    public List<Lesson> Lessons { get; set; } = [];

    public string Title(bool chinese) => chinese && TitleZh.Length > 0 ? TitleZh : TitleEn;
    public string Description(bool chinese) => chinese && DescriptionZh.Length > 0 ? DescriptionZh : DescriptionEn;
}

internal sealed class TrackConfiguration : IEntityTypeConfiguration<Track>
{
    public void Configure(EntityTypeBuilder<Track> track)
    {
        track.ToTable("Tracks");
        track.HasIndex(t => t.Slug).IsUnique();
        track.Property(t => t.Slug).HasMaxLength(Track.SlugMaxLength);
        track.Property(t => t.TitleEn).HasMaxLength(Track.TitleMaxLength);
        track.Property(t => t.TitleZh).HasMaxLength(Track.TitleMaxLength);
        track.Property(t => t.DescriptionEn).HasMaxLength(4_000);
        track.Property(t => t.DescriptionZh).HasMaxLength(4_000);
        track.HasMany(t => t.Stages).WithOne().HasForeignKey(s => s.TrackId).OnDelete(DeleteBehavior.Cascade);
        track.HasMany(t => t.Lessons).WithOne().HasForeignKey(l => l.TrackId).OnDelete(DeleteBehavior.Cascade);
    }
}
