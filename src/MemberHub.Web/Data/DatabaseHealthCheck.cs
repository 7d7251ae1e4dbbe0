using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MemberHub.Web.Data;

/// <summary>
/// "Can the database be reached?", asked at most once a second: a load balancer probing several times a second
/// (or a flood on /healthz) then costs a memory read, not a connection and a query each time.
/// </summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);
    private readonly Lock gate = new();
    private (DateTimeOffset At, HealthCheckResult Result)? last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (last is { } known && clock.GetUtcNow() - known.At < Freshness)
            {
                return known.Result;
            }
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var result = await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
        lock (gate)
        {
            last = (clock.GetUtcNow(), result);
        }
        return result;
    }
}
