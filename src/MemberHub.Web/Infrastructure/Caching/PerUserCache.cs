using System.Collections.Concurrent;

namespace MemberHub.Web.Infrastructure.Caching;

/// <summary>
/// Values about one user (who they are to the access policy, how many notifications wait) read on every page and
/// changed rarely, held in memory until that user's data changes. As in <see cref="CachedValue{T}"/>, a read that was
/// already under way when a change was committed does not keep its older result. Changes are announced by
/// <see cref="UserDataChanges{T}"/> when a save touches the user's rows, so no caller has to remember; the short lifetime
/// only bounds memory and covers writes made outside this process (another instance, a SQL console).
/// </summary>
public sealed class PerUserCache<T>(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new();
    private readonly ConcurrentDictionary<string, long> versions = new();
    private long everyone;

    private sealed record Entry(T Value, long Everyone, long Version, DateTimeOffset ReadAt);

    public async Task<T> GetAsync(string userId, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var seenEveryone = Interlocked.Read(ref everyone);
        var seenVersion = versions.GetValueOrDefault(userId);
        if (entries.TryGetValue(userId, out var entry) && entry.Everyone == seenEveryone && entry.Version == seenVersion
            && now - entry.ReadAt < Lifetime)
        {
            return entry.Value;
        }
        var value = await read(cancellationToken);
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
        // Kept only if nothing changed while reading; a later change makes the entry unusable anyway.
        if (Interlocked.Read(ref everyone) == seenEveryone && versions.GetValueOrDefault(userId) == seenVersion)
        {
            entries[userId] = new Entry(value, seenEveryone, seenVersion, now);
        }
        return value;
    }

    public void Changed(string userId)
    {
        versions.AddOrUpdate(userId, 1, (_, version) => version + 1);
        entries.TryRemove(userId, out _);
    }

    public void ChangedForEveryone()
    {
        Interlocked.Increment(ref everyone);
        entries.Clear();
    }
}
