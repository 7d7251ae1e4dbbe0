using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Content.Tracks;

/// <summary>A stage of a track: Beginner, Intermediate, Advanced by default; the Owner renames and adds.</summary>
public sealed class Stage
{
    public int Id { get; set; }
    public int TrackId { get; set; }

    /// <summary>Stable name used by content files ("beginner") and prerequisites.</summary>
    public string Key { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameZh { get; set; } = "";
    public int SortOrder { get; set; }

    public string Name(bool chinese) => chinese && NameZh.Length > 0 ? NameZh : NameEn;
}

internal sealed class StageConfiguration : IEntityTypeConfiguration<Stage>
{
    public void Configure(EntityTypeBuilder<Stage> stage)
    {
        stage.ToTable("Stages");
        stage.HasIndex(s => new { s.TrackId, s.Key }).IsUnique();
        stage.Property(s => s.Key).HasMaxLength(40);
        stage.Property(s => s.NameEn).HasMaxLength(60);
        stage.Property(s => s.NameZh).HasMaxLength(60);
    }
}
