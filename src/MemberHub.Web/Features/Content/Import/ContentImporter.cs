using MemberHub.Web.Data;
using MemberHub.Web.Features.Content.Tracks;
using MemberHub.Web.Infrastructure.Markdown;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Content.Import;

public sealed record ImportReport(int Created, int Updated, int Unchanged, IReadOnlyList<string> Errors);

/// <summary>
/// Imports content/tracks/&lt;track&gt;/ at start-up. Idempotent: a file whose hash matches what was imported last
/// is skipped (so edits made in the app survive restarts), a changed file updates its lesson, and a file with a
/// problem is reported as "file:line: message" and skipped while the rest imports.
/// </summary>
public sealed class ContentImporter(
    IDbContextFactory<AppDbContext> contexts, MarkdownRenderer markdown, TrackCatalog catalog, TimeProvider clock, ILogger<ContentImporter> logger)
{
    public const string TracksFolder = "tracks";

    public async Task<ImportReport> ImportAsync(string contentDirectory, CancellationToken cancellationToken = default)
    {
        var run = new ImportRun(contentDirectory);
        var tracksDirectory = Path.Combine(contentDirectory, TracksFolder);
        string[] directories;
        try
        {
            directories = Directory.Exists(tracksDirectory) ? Directory.GetDirectories(tracksDirectory) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            run.Error(tracksDirectory, 0, e.Message);
            directories = [];
        }
        foreach (var directory in directories.Order(StringComparer.Ordinal))
        {
            try
            {
                await ImportTrackAsync(directory, run, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A broken track must not stop the app (or the other tracks) from starting.
                run.Error(Path.Combine(directory, TrackFiles.TrackFileName), 1, e.Message);
            }
        }
        if (run.Created + run.Updated > 0)
        {
            catalog.Invalidate();
        }
        foreach (var error in run.Errors)
        {
            logger.LogWarning("Content import skipped {Problem}", error);
        }
        logger.LogInformation("Content imported: {Created} new, {Updated} changed, {Unchanged} unchanged lessons, {Errors} problems",
            run.Created, run.Updated, run.Unchanged, run.Errors.Count);
        return new ImportReport(run.Created, run.Updated, run.Unchanged, run.Errors);
    }

    private async Task ImportTrackAsync(string directory, ImportRun run, CancellationToken cancellationToken)
    {
        var slug = Path.GetFileName(directory);
        var trackPath = Path.Combine(directory, TrackFiles.TrackFileName);
        if (!TrackFiles.IsSlug(slug))
        {
            run.Error(trackPath, 1, $"the folder name '{slug}' must be lower-case letters, digits and dashes");
            return;
        }
        if (!File.Exists(trackPath))
        {
            run.Error(trackPath, 1, "every track folder needs a track.md");
            return;
        }
        var trackText = await File.ReadAllTextAsync(trackPath, cancellationToken);
        TrackFrontMatter trackFile;
        try
        {
            trackFile = TrackFiles.Parse<TrackFrontMatter>(trackText).FrontMatter;
            ValidateTrack(trackFile, trackText);
        }
        catch (ContentFileException e)
        {
            run.Error(trackPath, e.Line, e.Message);
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var track = await db.Set<Track>().Include(t => t.Stages).Include(t => t.Lessons).ThenInclude(l => l.Prerequisites)
            .AsSplitQuery().SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        var trackHash = TrackFiles.Hash(trackText);
        if (track is null)
        {
            track = new Track { Slug = slug };
            db.Add(track);
        }
        if (track.SourceHash != trackHash)
        {
            ApplyTrack(track, trackFile, trackHash, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        var lessons = await ReadLessonsAsync(directory, track, run, cancellationToken);
        var changed = new List<(Lesson Lesson, LessonFile File)>();
        foreach (var file in lessons)
        {
            var lesson = track.Lessons.FirstOrDefault(l => l.Slug == file.Slug);
            if (lesson?.SourceHash == file.Hash)
            {
                run.Unchanged++;
                continue;
            }
            if (lesson is null)
            {
                lesson = new Lesson { Slug = file.Slug };
                track.Lessons.Add(lesson);
                run.Created++;
            }
            else
            {
                run.Updated++;
            }
            ApplyLesson(lesson, file, track, now);
            changed.Add((lesson, file));
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (lesson, file) in changed)
        {
            lesson.Prerequisites.Clear();
            lesson.Prerequisites.AddRange(file.Requires.Select(requirement => requirement.Kind switch
            {
                "stage" => new LessonPrerequisite { RequiredStageId = track.Stages.Single(s => s.Key == requirement.Key).Id },
                "lesson" => new LessonPrerequisite { RequiredLessonId = track.Lessons.Single(l => l.Slug == requirement.Key).Id },
                _ => LessonPrerequisite.For(ActRule.Parse(requirement.Key)!),
            }));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void ValidateTrack(TrackFrontMatter file, string text)
    {
        if (string.IsNullOrWhiteSpace(file.Title))
        {
            throw new ContentFileException(TrackFiles.LineOf(text, "title"), "'title' is required");
        }
        if (file.Stages.Count == 0)
        {
            throw new ContentFileException(TrackFiles.LineOf(text, "stages"), "'stages' must list at least one stage");
        }
        var keys = new HashSet<string>();
        foreach (var stage in file.Stages)
        {
            if (!TrackFiles.IsSlug(stage.Key) || string.IsNullOrWhiteSpace(stage.Name))
            {
                throw new ContentFileException(TrackFiles.LineOf(text, "stages"), "every stage needs a 'key' (lower-case, dashes) and a 'name'");
            }
            if (!keys.Add(stage.Key!))
            {
                throw new ContentFileException(TrackFiles.LineOf(text, "stages"), $"stage '{stage.Key}' is listed twice");
            }
        }
    }

    private static void ApplyTrack(Track track, TrackFrontMatter file, string hash, DateTime now)
    {
        track.TitleEn = file.Title!.Trim();
        track.TitleZh = file.TitleZh?.Trim() ?? "";
        track.DescriptionEn = file.Description?.Trim() ?? "";
        track.DescriptionZh = file.DescriptionZh?.Trim() ?? "";
        track.SortOrder = file.Order;
        track.IsPublished = file.Published;
        track.SourceHash = hash;
        track.UpdatedAtUtc = now;
        for (var i = 0; i < file.Stages.Count; i++)
        {
            var source = file.Stages[i];
            var stage = track.Stages.FirstOrDefault(s => s.Key == source.Key);
            if (stage is null)
            {
                stage = new Stage { Key = source.Key! };
                track.Stages.Add(stage);
            }
            stage.NameEn = source.Name!.Trim();
            stage.NameZh = source.NameZh?.Trim() ?? "";
            stage.SortOrder = i + 1;
        }
        // Stages the Owner added in the app stay, after the ones the file names.
        var next = file.Stages.Count;
        foreach (var stage in track.Stages.Where(s => file.Stages.All(f => f.Key != s.Key)).OrderBy(s => s.SortOrder))
        {
            stage.SortOrder = ++next;
        }
    }

    private void ApplyLesson(Lesson lesson, LessonFile file, Track track, DateTime now)
    {
        var source = file.FrontMatter;
        lesson.StageId = track.Stages.Single(s => s.Key == source.Stage).Id;
        lesson.SortOrder = file.Order;
        lesson.TitleEn = source.Title!.Trim();
        lesson.TitleZh = source.TitleZh?.Trim() ?? "";
        lesson.BodyMarkdownEn = file.English;
        lesson.BodyMarkdownZh = file.Chinese;
        lesson.BodyHtmlEn = markdown.ToSafeHtml(file.English);
        lesson.BodyHtmlZh = markdown.ToSafeHtml(file.Chinese);
        lesson.EstimatedMinutes = source.Minutes;
        lesson.MinimumRank = source.MinRank;
        lesson.ReleaseAtUtc = file.ReleaseUtc;
        lesson.DripDays = source.DripDays;
        lesson.IsPublished = source.Published;
        lesson.Attachments = string.Join('\n', source.Attachments.Select(a => $"{a.Title?.Trim()} | {a.Url!.Trim()}"));
        lesson.SourceHash = file.Hash;
        lesson.UpdatedAtUtc = now;
    }

    private static async Task<List<LessonFile>> ReadLessonsAsync(string directory, Track track, ImportRun run, CancellationToken cancellationToken)
    {
        var files = new List<LessonFile>();
        foreach (var path in Directory.GetFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path) == TrackFiles.TrackFileName)
            {
                continue;
            }
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            try
            {
                var file = LessonFile.Read(path, text, track);
                if (files.Any(f => f.Slug == file.Slug))
                {
                    throw new ContentFileException(TrackFiles.LineOf(text, "slug"), $"another file already has the slug '{file.Slug}'");
                }
                files.Add(file);
            }
            catch (ContentFileException e)
            {
                run.Error(path, e.Line, e.Message);
            }
        }
        // Dropping a file can leave another needing it, so check until nothing changes.
        do
        {
            DropUnknownRequirements(files, track, run);
        }
        while (DropCycle(files, track, run));
        return files;
    }

    private static void DropUnknownRequirements(List<LessonFile> files, Track track, ImportRun run)
    {
        foreach (var file in files.ToList())
        {
            var unknown = file.Requires.FirstOrDefault(r => r.Kind switch
            {
                "lesson" => files.All(f => f.Slug != r.Key) && track.Lessons.All(l => l.Slug != r.Key),
                "stage" => track.Stages.All(s => s.Key != r.Key),
                _ => false,
            });
            if (unknown is not null)
            {
                run.Error(file.Path, TrackFiles.LineOf(file.Text, "requires"), $"'requires' names {unknown.Kind} '{unknown.Key}', which this track does not have");
                files.Remove(file);
            }
        }
    }

    private static bool DropCycle(List<LessonFile> files, Track track, ImportRun run)
    {
        var stageKeys = track.Stages.ToDictionary(s => s.Id, s => s.Key);
        var slugs = track.Lessons.ToDictionary(l => l.Id, l => l.Slug);
        var nodes = files.Select(f => (f.Slug, f.FrontMatter.Stage!,
                f.Requires.Where(r => r.Kind == "stage").Select(r => r.Key), f.Requires.Where(r => r.Kind == "lesson").Select(r => r.Key)))
            .Concat(track.Lessons.Where(l => files.All(f => f.Slug != l.Slug)).Select(l => (l.Slug, stageKeys[l.StageId],
                l.Prerequisites.Where(p => p.RequiredStageId is not null).Select(p => stageKeys[p.RequiredStageId!.Value]),
                l.Prerequisites.Where(p => p.RequiredLessonId is not null).Select(p => slugs[p.RequiredLessonId!.Value]))));
        if (PrerequisiteGraph.FindCycle(PrerequisiteGraph.Expand(nodes)) is not { } cycle)
        {
            return false;
        }
        var culprits = files.Where(f => cycle.Contains(f.Slug)).ToList();
        foreach (var culprit in culprits)
        {
            run.Error(culprit.Path, TrackFiles.LineOf(culprit.Text, "requires"), $"'requires' makes a circle: {string.Join(" → ", cycle)}");
            files.Remove(culprit);
        }
        // A cycle only among lessons edited in the app is the editor's to report.
        return culprits.Count > 0;
    }

    private sealed class ImportRun(string root)
    {
        public int Created { get; set; }
        public int Updated { get; set; }
        public int Unchanged { get; set; }
        public List<string> Errors { get; } = [];

        public void Error(string path, int line, string message) =>
            Errors.Add($"{Path.GetRelativePath(root, path).Replace('\\', '/')}:{line}: {message}");
    }
}
