using System.Runtime.CompilerServices;

namespace MemberHub.Web.Infrastructure.Caching;

/// <summary>
/// Every <see cref="CachedValue{T}"/> of this process by the kind of value it holds, so an invalidation made on another
/// instance (relayed through Redis) drops this instance's copies of that kind too. A CachedValue lives inside the service
/// that owns it, which is why they are found here rather than among the registrations.
/// </summary>
public static class CachedValues
{
    public interface IInvalidatable
    {
        void InvalidateFromElsewhere();
    }

    private static readonly ConditionalWeakTable<IInvalidatable, string> Live = [];

    /// <summary>A value of this kind was invalidated by this process.</summary>
    public static event Action<string>? Invalidated;

    internal static void Track(IInvalidatable value, string name) => Live.AddOrUpdate(value, name);

    internal static void InvalidatedHere(string name) => Invalidated?.Invoke(name);

    /// <summary>Another instance invalidated values of this kind: this process's copies go too (an extra reload at worst).</summary>
    public static void InvalidatedElsewhere(string name)
    {
        foreach (var (value, kind) in Live)
        {
            if (kind == name)
            {
                value.InvalidateFromElsewhere();
            }
        }
    }

    /// <summary>Relays every CachedValue's invalidations, as one more <see cref="Live.IRelayedChanges"/>.</summary>
    public sealed class Relayed : Live.IRelayedChanges
    {
        public string Channel => "cached-values";

        public event Action<string>? ChangedHere
        {
            add => Invalidated += value;
            remove => Invalidated -= value;
        }

        public void ChangedElsewhere(string key) => InvalidatedElsewhere(key);
    }
}
