using System.Collections.Concurrent;
using MemberHub.Web.Infrastructure.Live;

namespace MemberHub.Web.Infrastructure.Caching;

/// <summary>
/// What one reader sees of one thing beside its shared copy — their votes in a thread, their seat at a talk — kept
/// until the thing changes, which its feature's <see cref="ChangeNotifier{TKey}"/> announces after every commit (a
/// reader's own vote or seat is such a change). A change moves the thing to a new generation, so every reader's
/// copy of it is left behind at once and a read already under way stores what it found where nobody looks again.
/// </summary>
public abstract class PerReaderCache<T> : KeyedCache<(string Reader, int Item, long Generation), T>
{
    private readonly ConcurrentDictionary<int, long> generations = new();

    protected PerReaderCache(TimeProvider clock, ChangeNotifier<int> changes) : base(clock) =>
        changes.Subscribe(_ => true, item => generations.AddOrUpdate(item, 1, (_, generation) => generation + 1));

    public Task<T> GetAsync(string reader, int item, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken = default) =>
        GetAsync((reader, item, generations.GetValueOrDefault(item)), read, cancellationToken);
}
