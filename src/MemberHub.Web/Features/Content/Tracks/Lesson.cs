using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Content.Tracks;

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
