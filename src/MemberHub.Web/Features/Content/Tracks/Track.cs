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

public sealed class Lesson
{
    public const int TitleMaxLength = 160;
    public const int BodyMaxLength = 200_000;

    public int Id { get; set; }
    public int TrackId { get; set; }
    public int StageId { get; set; }
    public int SortOrder { get; set; }
    public string Slug { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string TitleZh { get; set; } = "";
    public string BodyMarkdownEn { get; set; } = "";
    public string BodyMarkdownZh { get; set; } = "";

    /// <summary>Rendered and sanitized once, when the lesson changes — never per request.</summary>
    public string BodyHtmlEn { get; set; } = "";
    public string BodyHtmlZh { get; set; } = "";

    public int EstimatedMinutes { get; set; }

    /// <summary>The tier rank needed (0: any member). A tier of this rank or higher opens it.</summary>
    public int MinimumRank { get; set; }

    public DateTime? ReleaseAtUtc { get; set; }

    /// <summary>Opens this many days after the member joined (null: no drip).</summary>
    public int? DripDays { get; set; }

    public bool IsPublished { get; set; } = true;

    /// <summary>
    /// Whether a link elsewhere (a board question, the ask page) may show this lesson's title: not for drafts, nor for
    /// a tier the viewer lacks, since titles give away what a higher tier or an unreleased stage holds.
    /// </summary>
    public bool TitleVisibleTo(bool trackPublished, int tierRank, bool seesEverything) =>
        seesEverything || (trackPublished && IsPublished && tierRank >= MinimumRank);

    /// <summary>Links, one per line: "Title | https://…".</summary>
    public string Attachments { get; set; } = "";

    public string? SourceHash { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public List<LessonPrerequisite> Prerequisites { get; set; } = [];

    public string Title(bool chinese) => chinese && TitleZh.Length > 0 ? TitleZh : TitleEn;
    public string BodyHtml(bool chinese) => chinese && BodyHtmlZh.Length > 0 ? BodyHtmlZh : BodyHtmlEn;

    public IReadOnlyList<(string Title, string Url)> AttachmentList =>
        Attachments.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Select(parts => parts.Length == 2 ? (parts[0], parts[1]) : (parts[0], parts[0]))
            .ToList();
}

/// <summary>Something to finish first: a whole stage, or one lesson.</summary>
public sealed class LessonPrerequisite
{
    public int Id { get; set; }
    public int LessonId { get; set; }
    public int? RequiredStageId { get; set; }
    public int? RequiredLessonId { get; set; }
}

/// <summary>A member's progress on a lesson.</summary>
public sealed class LessonProgress
{
    public string UserId { get; set; } = "";
    public int LessonId { get; set; }
    public DateTime LastOpenedAtUtc { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
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

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> lesson)
    {
        lesson.ToTable("Lessons");
        lesson.HasIndex(l => new { l.TrackId, l.Slug }).IsUnique();
        lesson.Property(l => l.Slug).HasMaxLength(Track.SlugMaxLength);
        lesson.Property(l => l.TitleEn).HasMaxLength(Lesson.TitleMaxLength);
        lesson.Property(l => l.TitleZh).HasMaxLength(Lesson.TitleMaxLength);
        lesson.Property(l => l.Attachments).HasMaxLength(4_000);
        lesson.HasOne<Stage>().WithMany().HasForeignKey(l => l.StageId).OnDelete(DeleteBehavior.Restrict);
        lesson.HasMany(l => l.Prerequisites).WithOne().HasForeignKey(p => p.LessonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LessonPrerequisiteConfiguration : IEntityTypeConfiguration<LessonPrerequisite>
{
    public void Configure(EntityTypeBuilder<LessonPrerequisite> prerequisite)
    {
        prerequisite.ToTable("LessonPrerequisites");
        prerequisite.HasOne<Stage>().WithMany().HasForeignKey(p => p.RequiredStageId).OnDelete(DeleteBehavior.Cascade);
        prerequisite.HasOne<Lesson>().WithMany().HasForeignKey(p => p.RequiredLessonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LessonProgressConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> progress)
    {
        progress.ToTable("LessonProgress");
        progress.HasKey(p => new { p.UserId, p.LessonId });
        progress.HasIndex(p => new { p.UserId, p.LastOpenedAtUtc });
        progress.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        progress.HasOne<Lesson>().WithMany().HasForeignKey(p => p.LessonId).OnDelete(DeleteBehavior.Cascade);
    }
}
