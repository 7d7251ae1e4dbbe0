using MemberHub.Web.Features.Content.Import;
using MemberHub.Web.Features.Content.Tracks;
using MemberHub.Web.Infrastructure.Localization;

namespace MemberHub.Web.Features.Content.Owner;

public sealed class TrackInput
{
    public int? Id { get; set; }

    /// <summary>Left empty, it is made from the English title when saved (see <see cref="Tracks.Slugs"/>).</summary>
    [LocalizedStringLength(Track.SlugMaxLength)]
    public string Slug { get; set; } = "";

    [LocalizedRequired]
    [LocalizedStringLength(Track.TitleMaxLength)]
    public string TitleEn { get; set; } = "";

    [LocalizedStringLength(Track.TitleMaxLength)]
    public string? TitleZh { get; set; }

    [LocalizedStringLength(4_000)]
    public string? DescriptionEn { get; set; }

    [LocalizedStringLength(4_000)]
    public string? DescriptionZh { get; set; }

    public static TrackInput From(Track track) => new()
    {
        Id = track.Id, Slug = track.Slug, TitleEn = track.TitleEn, TitleZh = track.TitleZh,
        DescriptionEn = track.DescriptionEn, DescriptionZh = track.DescriptionZh,
    };
}

/// <summary>What the Owner edits for a lesson. The release date is text so a wrongly written one gets a message, not a silent blank.</summary>
public sealed class LessonInput
{
    public int? Id { get; set; }
    public int TrackId { get; set; }
    public int StageId { get; set; }

    /// <summary>Left empty, it is made from the English title when saved (see <see cref="Tracks.Slugs"/>).</summary>
    [LocalizedStringLength(Track.SlugMaxLength)]
    public string Slug { get; set; } = "";

    [LocalizedRequired]
    [LocalizedStringLength(Lesson.TitleMaxLength)]
    public string TitleEn { get; set; } = "";

    [LocalizedStringLength(Lesson.TitleMaxLength)]
    public string? TitleZh { get; set; }

    [LocalizedStringLength(Lesson.BodyMaxLength)]
    public string? BodyMarkdownEn { get; set; }

    [LocalizedStringLength(Lesson.BodyMaxLength)]
    public string? BodyMarkdownZh { get; set; }

    [LocalizedRange(0, 1000)]
    public int EstimatedMinutes { get; set; }

    [LocalizedRange(0, 1000)]
    public int MinimumRank { get; set; }

    /// <summary>yyyy-MM-dd, or empty.</summary>
    public string? Release { get; set; }

    public int? DripDays { get; set; }

    /// <summary>"Title | https://…", one per line.</summary>
    [LocalizedStringLength(4_000)]
    public string? Attachments { get; set; }

    public bool IsPublished { get; set; }

    public IReadOnlyCollection<int> RequiredStageIds { get; set; } = [];
    public IReadOnlyCollection<int> RequiredLessonIds { get; set; } = [];

    /// <summary>Acts in the community asked for first, as <see cref="ActRule"/> text ("introduced", "talk:3"); days are <see cref="RequiredDays"/>.</summary>
    public IReadOnlyCollection<string> RequiredActs { get; set; } = [];

    [LocalizedRange(0, ActRule.MostDays)]
    public int RequiredDays { get; set; }

    public static LessonInput From(Lesson lesson) => new()
    {
        Id = lesson.Id, TrackId = lesson.TrackId, StageId = lesson.StageId, Slug = lesson.Slug,
        TitleEn = lesson.TitleEn, TitleZh = lesson.TitleZh, BodyMarkdownEn = lesson.BodyMarkdownEn, BodyMarkdownZh = lesson.BodyMarkdownZh,
        EstimatedMinutes = lesson.EstimatedMinutes, MinimumRank = lesson.MinimumRank,
        Release = lesson.ReleaseAtUtc?.ToString(TrackFiles.ReleaseFormat, System.Globalization.CultureInfo.InvariantCulture),
        DripDays = lesson.DripDays, Attachments = lesson.Attachments, IsPublished = lesson.IsPublished,
        RequiredStageIds = lesson.Prerequisites.Where(p => p.RequiredStageId is not null).Select(p => p.RequiredStageId!.Value).ToList(),
        RequiredLessonIds = lesson.Prerequisites.Where(p => p.RequiredLessonId is not null).Select(p => p.RequiredLessonId!.Value).ToList(),
        RequiredActs = lesson.Prerequisites.Select(p => p.Act).Where(a => a is not null && a.Act != CommunityAct.DaysActive).Select(a => a!.ToString()).ToList(),
        RequiredDays = lesson.Prerequisites.Select(p => p.Act).FirstOrDefault(a => a?.Act == CommunityAct.DaysActive)?.Number ?? 0,
    };
}
