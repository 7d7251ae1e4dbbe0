using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MemberHub.Web.Infrastructure.ScaleOut;

/// <summary>
/// The one connection to Redis, made on first use when <c>Redis:Configuration</c> is set (null otherwise). It starts even
/// while Redis is down and keeps reconnecting by itself, resubscribing to its channels: an instance serves pages without it.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    private readonly Lazy<IConnectionMultiplexer?> multiplexer;

    public RedisConnection(IOptions<RedisOptions> options)
    {
        Prefix = options.Value.Prefix;
        multiplexer = new(() => options.Value.Enabled ? ConnectionMultiplexer.Connect(Configure(options.Value)) : null);
    }

    public string Prefix { get; }

    public IConnectionMultiplexer? Multiplexer => multiplexer.Value;

    public static ConfigurationOptions Configure(RedisOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration!);
        configuration.AbortOnConnectFail = false;
        return configuration;
    }

    public void Dispose()
    {
        if (multiplexer.IsValueCreated)
        {
            multiplexer.Value?.Dispose();
        }
    }
}
