using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Content.Tracks;

/// <summary>
/// Every track with its stages and lessons (bodies included, already rendered) held in memory: lesson pages are
/// read far more often than written, so they cost no query. Editors and the importer call <see cref="Invalidate"/>.
/// </summary>
public sealed class TrackCatalog(IDbContextFactory<AppDbContext> contexts) : Infrastructure.Caching.IResettableCache
{
    private readonly Infrastructure.Caching.CachedValue<IReadOnlyList<Track>> tracks = new();

    public event Action? Changed;

    public Task<IReadOnlyList<Track>> AllAsync(CancellationToken cancellationToken = default) =>
        tracks.GetAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Set<Track>().AsNoTracking().AsSplitQuery()
                .Include(t => t.Stages.OrderBy(s => s.SortOrder))
                .Include(t => t.Lessons.OrderBy(l => l.SortOrder)).ThenInclude(l => l.Prerequisites)
                .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
                .ToListAsync(cancellationToken);
        });

    public async Task<Track?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(t => t.Slug == slug);

    public async Task<(Track Track, Lesson Lesson)?> FindLessonAsync(int lessonId, CancellationToken cancellationToken = default)
    {
        foreach (var track in await AllAsync(cancellationToken))
        {
            if (track.Lessons.FirstOrDefault(l => l.Id == lessonId) is { } lesson)
            {
                return (track, lesson);
            }
        }
        return null;
    }

    public void Reset() => Invalidate();

    public void Invalidate()
    {
        tracks.Invalidate();
        Changed?.Invoke();
    }

    /// <summary>Lessons in reading order: stage by stage, then lesson order.</summary>
    public static IReadOnlyList<Lesson> InOrder(Track track) =>
        track.Stages.OrderBy(s => s.SortOrder)
            .SelectMany(s => track.Lessons.Where(l => l.StageId == s.Id).OrderBy(l => l.SortOrder))
            .ToList();
}
