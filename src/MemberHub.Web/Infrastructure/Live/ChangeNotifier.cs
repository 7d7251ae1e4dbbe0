namespace MemberHub.Web.Infrastructure.Live;

/// <summary>
/// Tells open pages that something changed — a question, a talk, a member's notifications or membership — as eShop's
/// <c>OrderStatusNotificationService</c> does. A page subscribes for what it shows and disposes the subscription with
/// itself; the call comes on the raising thread, so the page hops onto its renderer (<c>InvokeAsync</c>) in the handler.
/// </summary>
public abstract class ChangeNotifier<TKey> : IRelayedChanges
{
    public event Action<TKey>? Changed;

    private event Action<string>? RaisedHere;

    /// <summary>A change made by this instance: pages here hear of it, and so do other instances (<see cref="IRelayedChanges"/>).</summary>
    public void Raise(TKey key)
    {
        Changed?.Invoke(key);
        RaisedHere?.Invoke(System.Text.Json.JsonSerializer.Serialize(key, RelayedKeys.Json));
    }

    string IRelayedChanges.Channel => GetType().ToString();

    event Action<string>? IRelayedChanges.ChangedHere
    {
        add => RaisedHere += value;
        remove => RaisedHere -= value;
    }

    void IRelayedChanges.ChangedElsewhere(string key)
    {
        if (System.Text.Json.JsonSerializer.Deserialize<TKey>(key, RelayedKeys.Json) is { } changed)
        {
            Changed?.Invoke(changed);
        }
    }

    /// <summary>Calls <paramref name="onChange"/> for each change <paramref name="concerns"/> the page, until disposed.</summary>
    public IDisposable Subscribe(Func<TKey, bool> concerns, Action<TKey> onChange)
    {
        void Handler(TKey key)
        {
            if (concerns(key))
            {
                onChange(key);
            }
        }
        Changed += Handler;
        return new Subscription(() => Changed -= Handler);
    }
}

/// <summary>A handler added to an event, removed (once) when disposed.</summary>
public sealed class Subscription(Action unsubscribe) : IDisposable
{
    private Action? unsubscribe = unsubscribe;

    public void Dispose() => Interlocked.Exchange(ref unsubscribe, null)?.Invoke();
}
