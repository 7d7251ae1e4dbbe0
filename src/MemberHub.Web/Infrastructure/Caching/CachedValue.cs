namespace MemberHub.Web.Infrastructure.Caching;

/// <summary>
/// A value read far more often than it changes, held in memory until <see cref="Invalidate"/>. A load that was already
/// reading when a change was saved does not keep its (older) result, so a save is never hidden by a stale copy.
/// </summary>
public sealed class CachedValue<T> : CachedValues.IInvalidatable where T : class
{
    private readonly Lock gate = new();
    private T? value;
    private long version;

    public CachedValue() => CachedValues.Track(this, Name);

    /// <summary>The same on every instance, one per kind of value held.</summary>
    public static string Name { get; } = typeof(T).ToString();

    public async Task<T> GetAsync(Func<Task<T>> load)
    {
        long seen;
        lock (gate)
        {
            if (value is { } held)
            {
                return held;
            }
            seen = version;
        }
        var loaded = await load();
        lock (gate)
        {
            if (version == seen)
            {
                value = loaded;
            }
        }
        return loaded;
    }

    public void Invalidate()
    {
        Forget();
        CachedValues.InvalidatedHere(Name);
    }

    void CachedValues.IInvalidatable.InvalidateFromElsewhere() => Forget();

    private void Forget()
    {
        lock (gate)
        {
            version++;
            value = null;
        }
    }
}
