using MemberHub.Web.Infrastructure.Configuration;
using MemberHub.Web.Infrastructure.Live;
using StackExchange.Redis;

namespace MemberHub.Web.Infrastructure.ScaleOut;

public static class ScaleOutSetup
{
    /// <summary>
    /// The Redis connection and the change relay over every notifier and cache (both idle unless <c>Redis:Configuration</c>
    /// is set when the app starts, so tests can set it), and SignalR's Redis backplane when the setting is known now. Rate
    /// limits ask <see cref="RedisConnection"/> too. Call once all features are added, so every notifier and cache is
    /// found among the registrations.
    /// </summary>
    public static WebApplicationBuilder AddScaleOut(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<RedisOptions>(RedisOptions.Section);
        builder.Services.AddSingleton<RedisConnection>();
        // Every notifier and cache, for the relay; it relays nothing unless Redis is configured when the app starts.
        var relayed = builder.Services.Where(d => d.Lifetime == ServiceLifetime.Singleton && !d.IsKeyedService && !d.ServiceType.IsGenericTypeDefinition
                && d.ServiceType != typeof(IRelayedChanges) && typeof(IRelayedChanges).IsAssignableFrom(d.ServiceType))
            .Select(d => d.ServiceType).Distinct().ToList();
        foreach (var type in relayed)
        {
            builder.Services.AddSingleton(sp => (IRelayedChanges)sp.GetRequiredService(type));
        }
        // The values services hold in a CachedValue (community settings, tags, tracks, levels, FAQ) are not registrations.
        builder.Services.AddSingleton<IRelayedChanges, Caching.CachedValues.Relayed>();
        builder.Services.AddSingleton<ChangeRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChangeRelay>());
        // SignalR's backplane is chosen as services are registered, from settings known then (files, environment).
        var options = builder.Configuration.GetSection(RedisOptions.Section).Get<RedisOptions>() ?? new RedisOptions();
        if (options.Enabled)
        {
            builder.Services.AddSignalR().AddStackExchangeRedis(o =>
            {
                o.Configuration = RedisConnection.Configure(options);
                o.Configuration.ChannelPrefix = RedisChannel.Literal(options.Prefix + ":signalr");
            });
        }
        return builder;
    }
}
