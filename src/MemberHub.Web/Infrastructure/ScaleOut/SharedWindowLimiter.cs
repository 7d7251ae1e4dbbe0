using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace MemberHub.Web.Infrastructure.ScaleOut;

/// <summary>
/// A fixed window counted in Redis, so a client meets the same limit whichever instance answers: one INCR per request on
/// a key per window, which expires with it. While Redis cannot be reached this instance counts alone (the local
/// window), so sign-ins neither fail nor go unlimited.
/// </summary>
internal sealed class SharedWindowLimiter(IConnectionMultiplexer redis, string key, int permitLimit, TimeSpan window, TimeProvider clock)
    : RateLimiter
{
    private readonly FixedWindowRateLimiter local = new(new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 });
    private long lastUsedTicks = clock.GetTimestamp();

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

    // Nothing is counted without a round trip to Redis: the middleware then asks again, asynchronously.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.NotYet;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref lastUsedTicks, clock.GetTimestamp());
        var now = clock.GetUtcNow();
        var windowNumber = now.UtcTicks / window.Ticks;
        try
        {
            var database = redis.GetDatabase();
            var windowKey = (RedisKey)$"{key}:{windowNumber}";
            var count = await database.StringIncrementAsync(windowKey, permitCount);
            if (count == permitCount)
            {
                await database.KeyExpireAsync(windowKey, window + TimeSpan.FromSeconds(5));
            }
            if (count <= permitLimit)
            {
                return Lease.Granted;
            }
            var windowEnds = new DateTimeOffset((windowNumber + 1) * window.Ticks, TimeSpan.Zero);
            return new Lease(false, windowEnds - now);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            return local.AttemptAcquire(permitCount);
        }
    }

    protected override void Dispose(bool disposing)
    {
        local.Dispose();
        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease NotYet = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}

/// <summary>Where the rate limiter gets a window: shared through Redis when several instances run, else this instance's own.</summary>
public static class RateLimitWindows
{
    public static RateLimitPartition<string> FixedWindow(HttpContext context, string key, int permitLimit, TimeSpan window)
    {
        var connection = context.RequestServices.GetRequiredService<RedisConnection>();
        if (connection.Multiplexer is { } redis)
        {
            var clock = context.RequestServices.GetRequiredService<TimeProvider>();
            return RateLimitPartition.Get("shared:" + key, k => new SharedWindowLimiter(redis, $"{connection.Prefix}:limits:{k}", permitLimit, window, clock));
        }
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 });
    }
}
