using System.Collections.Concurrent;

namespace MemberHub.Web.Infrastructure.Caching;

/// <summary>
/// Values read far more often than they change, one per key, held in memory until <see cref="Changed"/> says the key's
/// data changed. As in <see cref="CachedValue{T}"/>, a read that was already under way when a change was committed does
/// not keep its older result. The short lifetime bounds memory and covers writes made outside this process (another
/// instance, a SQL console) and changes nobody announces.
/// </summary>
public class KeyedCache<TKey, T>(TimeProvider clock) : IResettableCache, Live.IRelayedChanges where TKey : notnull
{
    private const string Everyone = "*";
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<TKey, Entry> entries = new();
    private readonly ConcurrentDictionary<TKey, long> versions = new();
    private long everyone;

    private sealed record Entry(T Value, long Everyone, long Version, DateTimeOffset ReadAt);

    public async Task<T> GetAsync(TKey key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var seenEveryone = Interlocked.Read(ref everyone);
        var seenVersion = versions.GetValueOrDefault(key);
        if (entries.TryGetValue(key, out var entry) && entry.Everyone == seenEveryone && entry.Version == seenVersion
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
        if (Interlocked.Read(ref everyone) == seenEveryone && versions.GetValueOrDefault(key) == seenVersion)
        {
            entries[key] = new Entry(value, seenEveryone, seenVersion, now);
        }
        return value;
    }

    public void Changed(TKey key)
    {
        Forget(key);
        changedHere?.Invoke(System.Text.Json.JsonSerializer.Serialize(key, Live.RelayedKeys.Json));
    }

    public void Reset() => ChangedForEveryone();

    public void ChangedForEveryone()
    {
        ForgetAll();
        changedHere?.Invoke(Everyone);
    }

    private void Forget(TKey key)
    {
        versions.AddOrUpdate(key, 1, (_, version) => version + 1);
        entries.TryRemove(key, out _);
    }

    private void ForgetAll()
    {
        Interlocked.Increment(ref everyone);
        entries.Clear();
    }

    private event Action<string>? changedHere;

    string Live.IRelayedChanges.Channel => GetType().ToString();

    event Action<string>? Live.IRelayedChanges.ChangedHere
    {
        add => changedHere += value;
        remove => changedHere -= value;
    }

    void Live.IRelayedChanges.ChangedElsewhere(string key)
    {
        if (key == Everyone)
        {
            ForgetAll();
        }
        else if (System.Text.Json.JsonSerializer.Deserialize<TKey>(key, Live.RelayedKeys.Json) is { } changed)
        {
            Forget(changed);
        }
    }
}
