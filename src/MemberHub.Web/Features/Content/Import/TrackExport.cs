using System.IO.Compression;
using System.Text;
using MemberHub.Web.Features.Content.Tracks;

namespace MemberHub.Web.Features.Content.Import;

/// <summary>Writes a track back to the content folder's format, as a zip of track.md and one file per lesson.</summary>
public static class TrackExport
{
    public static byte[] ToZip(Track track)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in Files(track))
            {
                Add(zip, path, text);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The track's files as the content folder keeps them: <c>{slug}/track.md</c> and one numbered file per lesson.</summary>
    public static IEnumerable<(string Path, string Text)> Files(Track track)
    {
        yield return ($"{track.Slug}/{TrackFiles.TrackFileName}", TrackFile(track));
        var stageKeys = track.Stages.ToDictionary(s => s.Id, s => s.Key);
        var slugs = track.Lessons.ToDictionary(l => l.Id, l => l.Slug);
        var lessons = TrackCatalog.InOrder(track);
        for (var i = 0; i < lessons.Count; i++)
        {
            yield return ($"{track.Slug}/{i + 1:00}-{lessons[i].Slug}.md", LessonFile(lessons[i], stageKeys, slugs));
        }
    }

    public static string TrackFile(Track track) => TrackFiles.Write(new TrackFrontMatter
    {
        Title = track.TitleEn,
        TitleZh = NullIfEmpty(track.TitleZh),
        Description = NullIfEmpty(track.DescriptionEn),
        DescriptionZh = NullIfEmpty(track.DescriptionZh),
        Order = track.SortOrder,
        Published = track.IsPublished,
        Stages = track.Stages.OrderBy(s => s.SortOrder)
            .Select(s => new StageFrontMatter { Key = s.Key, Name = s.NameEn, NameZh = NullIfEmpty(s.NameZh) }).ToList(),
    }, "", "");

    public static string LessonFile(Lesson lesson, IReadOnlyDictionary<int, string> stageKeys, IReadOnlyDictionary<int, string> slugs) =>
        TrackFiles.Write(new LessonFrontMatter
        {
            Title = lesson.TitleEn,
            TitleZh = NullIfEmpty(lesson.TitleZh),
            Slug = lesson.Slug,
            Stage = stageKeys[lesson.StageId],
            Order = lesson.SortOrder,
            Minutes = lesson.EstimatedMinutes,
            MinRank = lesson.MinimumRank,
            Release = lesson.ReleaseAtUtc?.ToString(TrackFiles.ReleaseFormat, System.Globalization.CultureInfo.InvariantCulture),
            DripDays = lesson.DripDays,
            Requires = lesson.Prerequisites
                .Select(p => p.RequiredStageId is { } stage ? $"stage:{stageKeys[stage]}"
                    : p.RequiredLessonId is { } required ? $"lesson:{slugs[required]}" : $"act:{p.Act}").ToList(),
            Attachments = lesson.AttachmentList.Select(a => new AttachmentFrontMatter { Title = a.Title, Url = a.Url }).ToList(),
            Published = lesson.IsPublished,
        }, lesson.BodyMarkdownEn, lesson.BodyMarkdownZh);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
