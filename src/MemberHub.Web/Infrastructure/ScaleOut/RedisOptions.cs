namespace MemberHub.Web.Infrastructure.ScaleOut;

/// <summary>
/// Redis, for several instances behind a load balancer: live updates and cache invalidations reach every instance
/// (pub/sub), SignalR's backplane joins their connections, and rate limits are counted once for all of them. Empty on a
/// single instance, which needs none of it.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c> or <c>redis.internal:6379,password=…</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every channel and key, so several communities can share one Redis.</summary>
    public string Prefix { get; set; } = "memberhub";

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);
}
