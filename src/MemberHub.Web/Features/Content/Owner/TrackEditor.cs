using System.ComponentModel.DataAnnotations;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Content.Import;
using MemberHub.Web.Features.Content.Learning;
using MemberHub.Web.Features.Content.Tracks;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Content.Owner;

/// <summary>
/// The Owner's changes to tracks, stages and lessons. Each change is checked whole and saved in one go; lesson
/// bodies are rendered here, once per change, and the catalog is refreshed.
/// </summary>
public sealed class TrackEditor(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, MarkdownRenderer markdown, TrackCatalog catalog,
    TimeProvider clock, IStringLocalizer<ContentText> text, LearnerActsReader actsReader)
{
    private static readonly (string Key, string En, string Zh)[] DefaultStages =
        [("beginner", "Beginner", "入门"), ("intermediate", "Intermediate", "进阶"), ("advanced", "Advanced", "高级")];

    public async Task<Outcome<int>> SaveTrackAsync(string? actorUserId, TrackInput input, CancellationToken cancellationToken = default)
    {
        if (await RefusedAsync(actorUserId, input, cancellationToken) is { } refused)
        {
            return Outcome<int>.Refused(refused.Error!, refused.Field);
        }
        var slug = SlugOf(input.Slug, input.TitleEn);
        if (!TrackFiles.IsSlug(slug))
        {
            return Outcome<int>.Refused(text["Editor.SlugInvalid"], nameof(TrackInput.Slug));
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<Track>().AnyAsync(t => t.Slug == slug && t.Id != input.Id, cancellationToken))
        {
            return Outcome<int>.Refused(text["Editor.SlugTaken", slug], nameof(TrackInput.Slug));
        }
        Track track;
        if (input.Id is { } id)
        {
            if (await db.Set<Track>().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } existing)
            {
                return Outcome<int>.Refused(text["Editor.UnknownTrack"]);
            }
            track = existing;
        }
        else
        {
            track = new Track
            {
                SortOrder = (await db.Set<Track>().MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? 0) + 1,
                Stages = DefaultStages.Select((s, i) => new Stage { Key = s.Key, NameEn = s.En, NameZh = s.Zh, SortOrder = i + 1 }).ToList(),
            };
            db.Add(track);
        }
        track.Slug = slug;
        track.TitleEn = input.TitleEn.Trim();
        track.TitleZh = input.TitleZh?.Trim() ?? "";
        track.DescriptionEn = input.DescriptionEn?.Trim() ?? "";
        track.DescriptionZh = input.DescriptionZh?.Trim() ?? "";
        track.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
        return Outcome<int>.Ok(track.Id);
    }

    public Task<Outcome> SetTrackPublishedAsync(string? actorUserId, int trackId, bool published, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorUserId, async db =>
        {
            if (await db.Set<Track>().SingleOrDefaultAsync(t => t.Id == trackId, cancellationToken) is not { } track)
            {
                return Outcome.Refused(text["Editor.UnknownTrack"]);
            }
            track.IsPublished = published;
            return Outcome.Ok;
        }, cancellationToken);

    public Task<Outcome> AddStageAsync(string? actorUserId, int trackId, string nameEn, string? nameZh, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorUserId, async db =>
        {
            if (StageNameProblem(nameEn) is { } problem)
            {
                return problem;
            }
            var stages = await db.Set<Stage>().Where(s => s.TrackId == trackId).ToListAsync(cancellationToken);
            if (!await db.Set<Track>().AnyAsync(t => t.Id == trackId, cancellationToken))
            {
                return Outcome.Refused(text["Editor.UnknownTrack"]);
            }
            var key = UniqueKey(Slugs.From(nameEn, "stage"), stages.Select(s => s.Key));
            db.Add(new Stage
            {
                TrackId = trackId, Key = key, NameEn = nameEn.Trim(), NameZh = nameZh?.Trim() ?? "",
                SortOrder = stages.Select(s => s.SortOrder).DefaultIfEmpty().Max() + 1,
            });
            return Outcome.Ok;
        }, cancellationToken);

    public Task<Outcome> RenameStageAsync(string? actorUserId, int stageId, string nameEn, string? nameZh, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorUserId, async db =>
        {
            if (StageNameProblem(nameEn) is { } problem)
            {
                return problem;
            }
            if (await db.Set<Stage>().SingleOrDefaultAsync(s => s.Id == stageId, cancellationToken) is not { } stage)
            {
                return Outcome.Refused(text["Editor.UnknownStage"]);
            }
            // The key stays: content files and prerequisites refer to it.
            stage.NameEn = nameEn.Trim();
            stage.NameZh = nameZh?.Trim() ?? "";
            return Outcome.Ok;
        }, cancellationToken);

    public Task<Outcome> MoveStageAsync(string? actorUserId, int stageId, int direction, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorUserId, async db =>
        {
            var trackId = await db.Set<Stage>().Where(s => s.Id == stageId).Select(s => (int?)s.TrackId).SingleOrDefaultAsync(cancellationToken);
            if (trackId is null)
            {
                return Outcome.Refused(text["Editor.UnknownStage"]);
            }
            var stages = await db.Set<Stage>().Where(s => s.TrackId == trackId).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
            Reorder(stages, stages.FindIndex(s => s.Id == stageId), direction, (s, order) => s.SortOrder = order);
            return Outcome.Ok;
        }, cancellationToken);

    public Task<Outcome> DeleteStageAsync(string? actorUserId, int stageId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorUserId, async db =>
        {
            if (await db.Set<Stage>().SingleOrDefaultAsync(s => s.Id == stageId, cancellationToken) is not { } stage)
            {
                return Outcome.Refused(text["Editor.UnknownStage"]);
            }
            if (await db.Set<Lesson>().AnyAsync(l => l.StageId == stageId, cancellationToken))
            {
                return Outcome.Refused(text["Editor.StageNotEmpty"]);
            }
            db.Remove(stage);
            return Outcome.Ok;
        }, cancellationToken);

    public async Task<Outcome<int>> SaveLessonAsync(string? actorUserId, LessonInput input, CancellationToken cancellationToken = default)
    {
        if (await RefusedAsync(actorUserId, input, cancellationToken) is { } refused)
        {
            return Outcome<int>.Refused(refused.Error!, refused.Field);
        }
        var slug = SlugOf(input.Slug, input.TitleEn);
        if (!TrackFiles.IsSlug(slug))
        {
            return Outcome<int>.Refused(text["Editor.SlugInvalid"], nameof(LessonInput.Slug));
        }
        if (input.DripDays < 0)
        {
            return Outcome<int>.Refused(text["Editor.DripBelowZero"], nameof(LessonInput.DripDays));
        }
        if (!TrackFiles.TryParseRelease(input.Release, out var release))
        {
            return Outcome<int>.Refused(text["Editor.ReleaseFormat", input.Release ?? ""], nameof(LessonInput.Release));
        }
        if (string.IsNullOrWhiteSpace(input.BodyMarkdownEn))
        {
            return Outcome<int>.Refused(text["Editor.BodyRequired"], nameof(LessonInput.BodyMarkdownEn));
        }
        var attachments = (input.Attachments ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (attachments.FirstOrDefault(line => !IsAttachment(line)) is { } badAttachment)
        {
            return Outcome<int>.Refused(text["Editor.AttachmentInvalid", badAttachment], nameof(LessonInput.Attachments));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var track = await db.Set<Track>().Include(t => t.Stages).Include(t => t.Lessons).ThenInclude(l => l.Prerequisites)
            .AsSplitQuery().SingleOrDefaultAsync(t => t.Id == input.TrackId, cancellationToken);
        if (track is null)
        {
            return Outcome<int>.Refused(text["Editor.UnknownTrack"]);
        }
        if (track.Stages.All(s => s.Id != input.StageId))
        {
            return Outcome<int>.Refused(text["Editor.UnknownStage"], nameof(LessonInput.StageId));
        }
        if (track.Lessons.Any(l => l.Slug == slug && l.Id != input.Id))
        {
            return Outcome<int>.Refused(text["Editor.SlugTaken", slug], nameof(LessonInput.Slug));
        }
        var stageIds = input.RequiredStageIds.Distinct().ToList();
        var lessonIds = input.RequiredLessonIds.Distinct().ToList();
        if (stageIds.Any(id => track.Stages.All(s => s.Id != id)) || lessonIds.Any(id => track.Lessons.All(l => l.Id != id)))
        {
            return Outcome<int>.Refused(text["Editor.UnknownPrerequisite"]);
        }
        var acts = input.RequiredActs.Distinct().Select(a => (Text: a, Rule: Tracks.ActRule.Parse(a))).ToList();
        var series = acts.Any(a => a.Rule is { Act: CommunityAct.AttendedTalk, Number: not null }) ? await actsReader.SeriesAsync(cancellationToken) : null;
        if (acts.FirstOrDefault(a => a.Rule is null or { Act: CommunityAct.DaysActive } || a.Rule is { Act: CommunityAct.AttendedTalk, Number: { } id } && !series!.ContainsKey(id))
            is { Text: { } unknownAct })
        {
            return Outcome<int>.Refused(text["Editor.UnknownAct", unknownAct], nameof(LessonInput.RequiredActs));
        }
        var actRules = acts.Select(a => a.Rule!).ToList();
        if (input.RequiredDays != 0)
        {
            if (Tracks.ActRule.Of(CommunityAct.DaysActive, input.RequiredDays) is not { } days)
            {
                return Outcome<int>.Refused(text["Editor.UnknownAct", input.RequiredDays], nameof(LessonInput.RequiredDays));
            }
            actRules.Add(days);
        }

        Lesson lesson;
        if (input.Id is { } id)
        {
            if (track.Lessons.FirstOrDefault(l => l.Id == id) is not { } existing)
            {
                return Outcome<int>.Refused(text["Editor.UnknownLesson"]);
            }
            lesson = existing;
        }
        else
        {
            lesson = new Lesson { Id = 0 };
            track.Lessons.Add(lesson);
        }
        if (lesson.StageId != input.StageId)
        {
            lesson.SortOrder = track.Lessons.Where(l => l.StageId == input.StageId && l != lesson).Select(l => l.SortOrder).DefaultIfEmpty().Max() + 1;
        }
        lesson.StageId = input.StageId;
        lesson.Prerequisites.Clear();
        lesson.Prerequisites.AddRange(stageIds.Select(s => new LessonPrerequisite { RequiredStageId = s }));
        lesson.Prerequisites.AddRange(lessonIds.Select(l => new LessonPrerequisite { RequiredLessonId = l }));
        lesson.Prerequisites.AddRange(actRules.Select(LessonPrerequisite.For));
        lesson.Slug = slug;
        lesson.TitleEn = input.TitleEn.Trim();
        lesson.TitleZh = input.TitleZh?.Trim() ?? "";
        lesson.BodyMarkdownEn = input.BodyMarkdownEn.Trim();
        lesson.BodyMarkdownZh = input.BodyMarkdownZh?.Trim() ?? "";
        lesson.BodyHtmlEn = markdown.ToSafeHtml(lesson.BodyMarkdownEn);
        lesson.BodyHtmlZh = markdown.ToSafeHtml(lesson.BodyMarkdownZh);
        lesson.EstimatedMinutes = input.EstimatedMinutes;
        lesson.MinimumRank = input.MinimumRank;
        lesson.ReleaseAtUtc = release;
        lesson.DripDays = input.DripDays;
        lesson.Attachments = string.Join('\n', attachments);
        lesson.IsPublished = input.IsPublished;
        lesson.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (FindCycle(track) is { } cycle)
        {
            return Outcome<int>.Refused(text["Editor.Cycle", string.Join(" → ", cycle)], nameof(LessonInput.RequiredLessonIds));
        }

        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
        return Outcome<int>.Ok(lesson.Id);
    }

    public Task<Outcome> MoveLessonAsync(string? actorUserId, int lessonId, int direction, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorUserId, async db =>
        {
            var stageId = await db.Set<Lesson>().Where(l => l.Id == lessonId).Select(l => (int?)l.StageId).SingleOrDefaultAsync(cancellationToken);
            if (stageId is null)
            {
                return Outcome.Refused(text["Editor.UnknownLesson"]);
            }
            var lessons = await db.Set<Lesson>().Where(l => l.StageId == stageId).OrderBy(l => l.SortOrder).ThenBy(l => l.Id).ToListAsync(cancellationToken);
            Reorder(lessons, lessons.FindIndex(l => l.Id == lessonId), direction, (l, order) => l.SortOrder = order);
            return Outcome.Ok;
        }, cancellationToken);

    public async Task<Outcome<byte[]>> ExportAsync(string? actorUserId, string trackSlug, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<byte[]>.Refused(text["Editor.OwnerOnly"]);
        }
        return await catalog.FindAsync(trackSlug, cancellationToken) is { } track
            ? Outcome<byte[]>.Ok(TrackExport.ToZip(track))
            : Outcome<byte[]>.Refused(text["Editor.UnknownTrack"]);
    }

    private async Task<Outcome> ChangeAsync(string? actorUserId, Func<AppDbContext, Task<Outcome>> change, CancellationToken cancellationToken)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Editor.OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var outcome = await change(db);
        if (outcome.Succeeded)
        {
            await db.SaveChangesAsync(cancellationToken);
            catalog.Invalidate();
        }
        return outcome;
    }

    private async Task<Outcome?> RefusedAsync(string? actorUserId, object input, CancellationToken cancellationToken)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Editor.OwnerOnly"]);
        }
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true)
            ? null
            : Outcome.Refused(results[0].ErrorMessage!, results[0].MemberNames.FirstOrDefault());
    }

    private Outcome? StageNameProblem(string? nameEn) =>
        string.IsNullOrWhiteSpace(nameEn) || nameEn.Trim().Length > 60 ? Outcome.Refused(text["Editor.StageNameRequired"]) : null;

    private static IReadOnlyList<string>? FindCycle(Track track)
    {
        var stageKeys = track.Stages.ToDictionary(s => s.Id, s => s.Key);
        // New lessons have no id yet, so the graph is of lesson objects.
        var graph = PrerequisiteGraph.Expand(track.Lessons.Select(l => (l, stageKeys[l.StageId],
            l.Prerequisites.Where(p => p.RequiredStageId is not null).Select(p => stageKeys[p.RequiredStageId!.Value]),
            l.Prerequisites.Where(p => p.RequiredLessonId is not null).Select(p => track.Lessons.First(o => o.Id == p.RequiredLessonId)))));
        var cycle = PrerequisiteGraph.FindCycle(graph);
        return cycle?.Select(l => l.TitleEn).ToList();
    }

    private static bool IsAttachment(string line) =>
        line.Split('|', 2, StringSplitOptions.TrimEntries) is [{ Length: > 0 }, var url]
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    private static void Reorder<T>(List<T> items, int index, int direction, Action<T, int> setOrder)
    {
        var target = index + Math.Sign(direction);
        if (index >= 0 && target >= 0 && target < items.Count)
        {
            (items[index], items[target]) = (items[target], items[index]);
        }
        for (var i = 0; i < items.Count; i++)
        {
            setOrder(items[i], i + 1);
        }
    }

    private static string UniqueKey(string key, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet();
        var candidate = key;
        for (var n = 2; used.Contains(candidate); n++)
        {
            candidate = $"{key}-{n}";
        }
        return candidate;
    }

    /// <summary>
    /// The address name typed, or one made from the title. Made here, when saving, and only suggested on the form (as
    /// a placeholder): a suggestion written into the field from the server could land in the middle of the owner's typing.
    /// </summary>
    public static string SlugOf(string? typed, string? title) =>
        string.IsNullOrWhiteSpace(typed) ? Slugs.From(title, "") : typed.Trim();
}
