namespace MemberHub.Web.Infrastructure.Live;

/// <summary>
/// Something in memory that hears of changes (a notifier open pages follow, a cache that drops entries) and must hear of
/// changes made by other instances too. With Redis configured, <c>ChangeRelay</c> publishes what happens here and
/// replays what other instances publish; on one instance nothing is relayed.
/// </summary>
public interface IRelayedChanges
{
    /// <summary>The same on every instance of one build, and different for every notifier and cache.</summary>
    string Channel { get; }

    /// <summary>A change this instance made, as a key in JSON.</summary>
    event Action<string>? ChangedHere;

    /// <summary>A change another instance made: acted on here as if made here, and not published again.</summary>
    void ChangedElsewhere(string key);
}

public static class RelayedKeys
{
    /// <summary>Keys are records and tuples; a tuple's parts are fields, which JSON leaves out unless told.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Json = new() { IncludeFields = true };
}
