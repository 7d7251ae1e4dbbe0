using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Content.Tracks;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Content.Learning;

public enum LessonState
{
    Done,
    Available,
    Locked,
}

public sealed record MapLesson(Lesson Lesson, LessonState State, LessonLock Lock);

public sealed record MapStage(Stage Stage, IReadOnlyList<MapLesson> Lessons)
{
    public int Done => Lessons.Count(l => l.State == LessonState.Done);
}

/// <summary>A track as one learner sees it; <see cref="Acts"/> is what they did in the community, when a lesson asks.</summary>
public sealed record TrackMap(Track Track, IReadOnlyList<MapStage> Stages, LearnerActs? Acts = null)
{
    public int Done => Stages.Sum(s => s.Done);
    public int Total => Stages.Sum(s => s.Lessons.Count);

    public MapLesson? Find(int lessonId) => Stages.SelectMany(s => s.Lessons).FirstOrDefault(l => l.Lesson.Id == lessonId);
}

/// <summary>A lesson in its map; <see cref="StillToDo"/> lists every prerequisite a locked lesson still waits for.</summary>
public sealed record LessonReading(TrackMap Map, MapLesson Lesson, Lesson? Previous, Lesson? Next, IReadOnlyList<LessonLock> StillToDo);

/// <summary>The learner's side of content: the track map, reading a lesson (only when open), marking it done.</summary>
public sealed class LearningService(
    TrackCatalog catalog, IDbContextFactory<AppDbContext> contexts, MemberAccess access, PointsService points,
    TimeProvider clock, IStringLocalizer<ContentText> text, PerUserCache<FinishedLessons> finished, LearnerActsReader acts)
{
    /// <summary>The learner as the lock rules see them; what they did in the community is read only when a lesson of <paramref name="tracks"/> asks.</summary>
    public async Task<Learner> LearnerAsync(string? userId, IReadOnlyCollection<Track> tracks, CancellationToken cancellationToken = default)
    {
        var learner = await LearnerAsync(userId, cancellationToken);
        return learner == Learner.Nobody || learner.SeesEverything || !LearnerActsReader.AsksForActs(tracks)
            ? learner
            : learner with { Acts = await acts.ReadAsync(userId!, cancellationToken) };
    }

    private async Task<Learner> LearnerAsync(string? userId, CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        if (!access.MemberContent(viewer).Allowed || userId is null)
        {
            return Learner.Nobody;
        }
        var completed = await finished.GetAsync(userId, async token =>
        {
            await using var db = await contexts.CreateDbContextAsync(token);
            return new FinishedLessons((await db.Set<LessonProgress>().AsNoTracking().Where(p => p.UserId == userId && p.CompletedAtUtc != null)
                .Select(p => p.LessonId).ToListAsync(token)).ToHashSet());
        }, cancellationToken);
        return new Learner(viewer.TierRank, viewer.Membership?.StartedAtUtc, viewer.IsStaff, completed.LessonIds);
    }

    /// <summary>The map of a track as <paramref name="learner"/> sees it now: pure, so the Owner's preview uses it too.</summary>
    public static TrackMap BuildMap(Track track, Learner learner, DateTime nowUtc)
    {
        var published = track.Lessons.Where(l => l.IsPublished).ToList();
        IEnumerable<int> OfStage(int stageId) => published.Where(l => l.StageId == stageId).Select(l => l.Id);
        var stages = track.Stages.OrderBy(s => s.SortOrder).Select(stage => new MapStage(stage,
            published.Where(l => l.StageId == stage.Id).OrderBy(l => l.SortOrder).Select(lesson =>
            {
                var lessonLock = LessonLocks.Evaluate(lesson, learner, nowUtc, OfStage);
                var state = learner.CompletedLessonIds.Contains(lesson.Id) ? LessonState.Done
                    : lessonLock.IsOpen ? LessonState.Available : LessonState.Locked;
                return new MapLesson(lesson, state, lessonLock);
            }).ToList())).ToList();
        return new TrackMap(track, stages, learner.Acts);
    }

    public async Task<IReadOnlyList<TrackMap>> TracksAsync(string? userId, CancellationToken cancellationToken = default)
    {
        var tracks = await catalog.AllAsync(cancellationToken);
        var learner = await LearnerAsync(userId, tracks, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return tracks.Where(t => t.IsPublished || learner.SeesEverything).Select(t => BuildMap(t, learner, now)).ToList();
    }

    public async Task<TrackMap?> MapAsync(string? userId, string trackSlug, CancellationToken cancellationToken = default) =>
        (await MapWithLearnerAsync(userId, trackSlug, cancellationToken)).Map;

    /// <summary>The track's map for this learner (null when there is none for them), and the learner the map was built for.</summary>
    private async Task<(TrackMap? Map, Learner Learner)> MapWithLearnerAsync(string? userId, string trackSlug, CancellationToken cancellationToken)
    {
        var track = await catalog.FindAsync(trackSlug, cancellationToken);
        var learner = await LearnerAsync(userId, track is null ? [] : [track], cancellationToken);
        return (track is null || (!track.IsPublished && !learner.SeesEverything) ? null : BuildMap(track, learner, clock.GetUtcNow().UtcDateTime), learner);
    }

    /// <summary>
    /// Finds a lesson with its place in the map. Callers show the body only when the entry is not
    /// <see cref="LessonState.Locked"/>; the lesson page renders the lock's reason instead.
    /// </summary>
    public async Task<LessonReading?> ReadAsync(string? userId, string trackSlug, string lessonSlug, CancellationToken cancellationToken = default)
    {
        var (map, learner) = await MapWithLearnerAsync(userId, trackSlug, cancellationToken);
        var entry = map?.Stages.SelectMany(s => s.Lessons).FirstOrDefault(l => l.Lesson.Slug == lessonSlug);
        if (map is null || entry is null)
        {
            return null;
        }
        var order = map.Stages.SelectMany(s => s.Lessons).Select(l => l.Lesson).ToList();
        var index = order.IndexOf(entry.Lesson);
        // Once tier, date and drip allow it, the page names everything still to do, not only the first thing.
        var stillToDo = entry.Lock.Kind is LockKind.FinishStage or LockKind.FinishLesson or LockKind.NeedsAct
            ? LessonLocks.Missing(entry.Lesson, learner, stageId => order.Where(l => l.StageId == stageId).Select(l => l.Id)).ToList()
            : [];
        return new LessonReading(map, entry, index > 0 ? order[index - 1] : null, index < order.Count - 1 ? order[index + 1] : null, stillToDo);
    }

    /// <summary>Lock reasons in the reader's words for a map: tier names, and talk series' titles when a rule names one.</summary>
    public async Task<LockReasons> ReasonsAsync(TrackMap map, CancellationToken cancellationToken = default)
    {
        var locked = map.Stages.SelectMany(s => s.Lessons).Any(l => l.State == LessonState.Locked);
        var namesSeries = map.Track.Lessons.Any(l => l.Prerequisites.Any(p => p is { RequiredAct: CommunityAct.AttendedTalk, ActNumber: not null }));
        return new LockReasons(map, locked ? await TierNamesAsync(cancellationToken) : [], clock.GetUtcNow().UtcDateTime, text, Infrastructure.Localization.Cultures.IsChinese,
            map.Acts, locked && namesSeries ? await acts.SeriesAsync(cancellationToken) : null);
    }

    /// <summary>Marks a lesson done and returns the lessons that opened because of it.</summary>
    public async Task<Outcome<IReadOnlyList<Lesson>>> MarkDoneAsync(string? userId, int lessonId, CancellationToken cancellationToken = default)
    {
        var decision = await access.MemberContentAsync(userId, cancellationToken: cancellationToken);
        if (!decision.Allowed)
        {
            return Outcome<IReadOnlyList<Lesson>>.Refused(text[$"Refused.{decision.Refusal}"]);
        }
        var found = await catalog.FindLessonAsync(lessonId, cancellationToken);
        if (found is not { } pair || !pair.Lesson.IsPublished)
        {
            return Outcome<IReadOnlyList<Lesson>>.Refused(text["Lesson.Unknown"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var learner = await LearnerAsync(userId, [pair.Track], cancellationToken);
        var before = BuildMap(pair.Track, learner, now);
        if (before.Find(lessonId) is not { State: not LessonState.Locked })
        {
            return Outcome<IReadOnlyList<Lesson>>.Refused(text["Lesson.StillLocked"]);
        }
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var progress = await db.Set<LessonProgress>().SingleOrDefaultAsync(p => p.UserId == userId && p.LessonId == lessonId, cancellationToken);
            if (progress is null)
            {
                progress = new LessonProgress { UserId = userId!, LessonId = lessonId, LastOpenedAtUtc = now };
                db.Add(progress);
            }
            progress.CompletedAtUtc ??= now;
            await db.SaveChangesAsync(cancellationToken);
        }
        await points.AwardAsync(userId!, PointKinds.LessonFinished, $"lesson:{lessonId}", cancellationToken);
        var completed = new HashSet<int>(learner.CompletedLessonIds) { lessonId };
        var after = BuildMap(pair.Track, learner with { CompletedLessonIds = completed }, now);
        var opened = after.Stages.SelectMany(s => s.Lessons)
            .Where(l => l.State == LessonState.Available && before.Find(l.Lesson.Id)?.State == LessonState.Locked)
            .Select(l => l.Lesson).ToList();
        return Outcome<IReadOnlyList<Lesson>>.Ok(opened);
    }

    /// <summary>The lesson the member opened last and has not finished, for "continue where you left off".</summary>
    public async Task<(Track Track, Lesson Lesson)?> ContinueAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (userId is null || !(await access.MemberContentAsync(userId, cancellationToken: cancellationToken)).Allowed)
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lessonId = await db.Set<LessonProgress>().AsNoTracking().Where(p => p.UserId == userId && p.CompletedAtUtc == null)
            .OrderByDescending(p => p.LastOpenedAtUtc).Select(p => (int?)p.LessonId).FirstOrDefaultAsync(cancellationToken);
        return lessonId is { } id && await catalog.FindLessonAsync(id, cancellationToken) is { } found && found.Track.IsPublished && found.Lesson.IsPublished
            ? found : null;
    }

    /// <summary>Tiers by rank, for lock reasons ("needs tier Pro").</summary>
    public async Task<IReadOnlyList<TierName>> TierNamesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Memberships.Tiers.Tier>().AsNoTracking().Where(t => !t.Archived).OrderBy(t => t.Rank)
            .Select(t => new TierName(t.Rank, t.NameEn, t.NameZh)).ToListAsync(cancellationToken);
    }

    /// <summary>Remembers the member opened an open lesson, for "continue where you left off".</summary>
    public async Task RecordOpenedAsync(string? userId, int lessonId, CancellationToken cancellationToken = default)
    {
        if (userId is null || await catalog.FindLessonAsync(lessonId, cancellationToken) is not { } found
            || await LearnerAsync(userId, [found.Track], cancellationToken) is not { } learner || learner == Learner.Nobody
            || BuildMap(found.Track, learner, clock.GetUtcNow().UtcDateTime).Find(lessonId) is not { State: not LessonState.Locked })
        {
            return;
        }
        await TouchAsync(userId, lessonId, cancellationToken);
    }

    /// <summary>The same, for a lesson the page has just read for this member (its state already decided).</summary>
    public async Task RecordOpenedAsync(string? userId, LessonReading reading, CancellationToken cancellationToken = default)
    {
        if (userId is not null && reading.Lesson.State != LessonState.Locked)
        {
            await TouchAsync(userId, reading.Lesson.Lesson.Id, cancellationToken);
        }
    }

    // Reading is not writing: re-reading the lesson a member opened last, within a few minutes, changes nothing that
    // "continue where you left off" shows, so it costs no database write. Opening another lesson always records.
    private static readonly TimeSpan RetouchAfter = TimeSpan.FromMinutes(5);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int LessonId, DateTime AtUtc)> lastOpened = new();

    private async Task TouchAsync(string userId, int lessonId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (lastOpened.TryGetValue(userId, out var last) && last.LessonId == lessonId && now - last.AtUtc < RetouchAfter)
        {
            return;
        }
        lastOpened[userId] = (lessonId, now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.Set<LessonProgress>().Where(p => p.UserId == userId && p.LessonId == lessonId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastOpenedAtUtc, now), cancellationToken);
        if (updated == 0)
        {
            db.Add(new LessonProgress { UserId = userId, LessonId = lessonId, LastOpenedAtUtc = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Opened twice at once; either row will do.
            }
        }
    }
}
