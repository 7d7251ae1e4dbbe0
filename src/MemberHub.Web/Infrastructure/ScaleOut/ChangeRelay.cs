using MemberHub.Web.Infrastructure.Live;
using StackExchange.Redis;

namespace MemberHub.Web.Infrastructure.ScaleOut;

/// <summary>
/// Carries changes between instances through Redis pub/sub: what a notifier or cache here hears of is published on its
/// channel, and what other instances publish is replayed here (an instance skips its own messages). While Redis is away
/// the multiplexer reconnects by itself and resubscribes; changes made meanwhile reach other instances' caches through
/// their short lifetimes, and open pages through their next change.
/// </summary>
public sealed class ChangeRelay(IEnumerable<IRelayedChanges> relayed, RedisConnection connection, ILogger<ChangeRelay> logger)
    : IHostedService
{
    /// <summary>Tells this instance's messages from others'.</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("N");

    private readonly List<Action> unsubscribe = [];

    private RedisChannel Channel(IRelayedChanges changes) => RedisChannel.Literal($"{connection.Prefix}:changes:{changes.Channel}");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (connection.Multiplexer is not { } redis)
        {
            return;
        }
        var subscriber = redis.GetSubscriber();
        foreach (var changes in relayed.Distinct())
        {
            var channel = Channel(changes);
            await subscriber.SubscribeAsync(channel, (_, message) =>
            {
                var text = (string?)message;
                if (text is null || text.StartsWith(Instance, StringComparison.Ordinal))
                {
                    return;
                }
                try
                {
                    changes.ChangedElsewhere(text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
                }
                catch (Exception e)
                {
                    logger.LogWarning(e, "A change relayed on {Channel} could not be applied", changes.Channel);
                }
            });
            void Publish(string key)
            {
                // Fire and forget: the page that made the change must not wait for Redis, nor fail when it is away.
                try
                {
                    subscriber.Publish(channel, $"{Instance} {key}", CommandFlags.FireAndForget);
                }
                catch (RedisException e)
                {
                    logger.LogDebug(e, "A change on {Channel} was not relayed while Redis is away", changes.Channel);
                }
            }
            changes.ChangedHere += Publish;
            unsubscribe.Add(() => changes.ChangedHere -= Publish);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        unsubscribe.ForEach(u => u());
        if (connection.Multiplexer is { } redis)
        {
            await redis.GetSubscriber().UnsubscribeAllAsync();
        }
    }
}
