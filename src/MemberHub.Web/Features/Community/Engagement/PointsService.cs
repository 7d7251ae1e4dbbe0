using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Community.Engagement;

public sealed record LevelInput(int MinimumPoints, string NameEn, string NameZh);

/// <summary>
/// The one points service: features report what a member did (<see cref="AwardAsync"/>), the Owner tunes the
/// weights and the level names, and profiles and posts show the level.
/// </summary>
public sealed class PointsService(IDbContextFactory<AppDbContext> contexts, MemberAccess access, TimeProvider clock, IStringLocalizer<CommunityText> text)
    : Infrastructure.Caching.IResettableCache
{
    public static readonly LevelInput[] DefaultLevels =
    [
        new(0, "Newcomer", "新人"), new(20, "Regular", "活跃成员"), new(100, "Core", "核心成员"), new(300, "Leader", "意见领袖"),
    ];

    private readonly Infrastructure.Caching.CachedValue<IReadOnlyList<EngagementLevel>> levels = new();

    /// <summary>Awards the kind's points once per <paramref name="sourceKey"/> (e.g. "introduction:12"); returns the points given.</summary>
    public async Task<int> AwardAsync(string userId, string kind, string sourceKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var points = await AddAwardAsync(db, userId, kind, sourceKey, cancellationToken);
        if (points == 0)
        {
            return 0;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return points;
        }
        catch (DbUpdateException)
        {
            // The same award raced in twice; the unique index kept one.
            return 0;
        }
    }

    /// <summary>Takes back an award in the caller's unit of work (an upvote withdrawn); nothing when there was none.</summary>
    public async Task<int> RemoveAwardAsync(AppDbContext db, string userId, string kind, string sourceKey, CancellationToken cancellationToken)
    {
        var award = await db.Set<PointAward>().SingleOrDefaultAsync(a => a.UserId == userId && a.Kind == kind && a.SourceKey == sourceKey, cancellationToken);
        if (award is null)
        {
            return 0;
        }
        db.Remove(award);
        var profile = await Profiles.ProfileService.EnsureProfileAsync(db, userId, cancellationToken);
        profile.Points -= award.Points;
        return award.Points;
    }

    /// <summary>Adds an award to a caller's unit of work (so points land with the post that earned them).</summary>
    public async Task<int> AddAwardAsync(AppDbContext db, string userId, string kind, string sourceKey, CancellationToken cancellationToken)
    {
        if (await db.Set<PointAward>().AnyAsync(a => a.UserId == userId && a.Kind == kind && a.SourceKey == sourceKey, cancellationToken))
        {
            return 0;
        }
        var weight = await db.Set<PointWeight>().Where(w => w.Kind == kind).Select(w => (int?)w.Points).FirstOrDefaultAsync(cancellationToken)
                     ?? PointKinds.DefaultWeights.GetValueOrDefault(kind);
        if (weight == 0)
        {
            return 0;
        }
        db.Add(new PointAward { UserId = userId, Kind = kind, SourceKey = sourceKey, Points = weight, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
        var profile = await Profiles.ProfileService.EnsureProfileAsync(db, userId, cancellationToken);
        profile.Points += weight;
        return weight;
    }

    public Task<IReadOnlyList<EngagementLevel>> LevelsAsync(CancellationToken cancellationToken = default) =>
        levels.GetAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var stored = await db.Set<EngagementLevel>().AsNoTracking().OrderBy(l => l.MinimumPoints).ToListAsync(cancellationToken);
            return (IReadOnlyList<EngagementLevel>)(stored.Count > 0 ? stored
                : DefaultLevels.Select((l, i) => new EngagementLevel { Id = -i, MinimumPoints = l.MinimumPoints, NameEn = l.NameEn, NameZh = l.NameZh }).ToList());
        });

    public static EngagementLevel LevelOf(IReadOnlyList<EngagementLevel> levels, int points) =>
        levels.Where(l => l.MinimumPoints <= points).MaxBy(l => l.MinimumPoints) ?? levels[0];

    public async Task<IReadOnlyDictionary<string, int>> WeightsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.Set<PointWeight>().AsNoTracking().ToDictionaryAsync(w => w.Kind, w => w.Points, cancellationToken);
        return PointKinds.DefaultWeights.ToDictionary(d => d.Key, d => stored.GetValueOrDefault(d.Key, d.Value));
    }

    /// <summary>The Owner's tuning: points per kind (0-1000) and levels (names in both languages, rising thresholds, the first at 0).</summary>
    public async Task<Outcome> SaveSettingsAsync(string? actorUserId, IReadOnlyDictionary<string, int> weights, IReadOnlyList<LevelInput> newLevels, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Settings.OwnerOnly"]);
        }
        if (weights.Any(w => !PointKinds.DefaultWeights.ContainsKey(w.Key) || w.Value is < 0 or > 1000))
        {
            return Outcome.Refused(text["Engagement.BadWeight"]);
        }
        var ordered = newLevels.OrderBy(l => l.MinimumPoints).ToList();
        if (ordered.Count == 0 || ordered[0].MinimumPoints != 0 || ordered.Select(l => l.MinimumPoints).Distinct().Count() != ordered.Count
            || ordered.Any(l => string.IsNullOrWhiteSpace(l.NameEn) || string.IsNullOrWhiteSpace(l.NameZh) || l.NameEn.Length > 40 || l.NameZh.Length > 40))
        {
            return Outcome.Refused(text["Engagement.BadLevels"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.RemoveRange(await db.Set<PointWeight>().ToListAsync(cancellationToken));
        db.RemoveRange(await db.Set<EngagementLevel>().ToListAsync(cancellationToken));
        db.AddRange(weights.Select(w => new PointWeight { Kind = w.Key, Points = w.Value }));
        db.AddRange(ordered.Select(l => new EngagementLevel { MinimumPoints = l.MinimumPoints, NameEn = l.NameEn.Trim(), NameZh = l.NameZh.Trim() }));
        await db.SaveChangesAsync(cancellationToken);
        levels.Invalidate();
        return Outcome.Ok;
    }

    public void Reset() => levels.Invalidate();
}
