using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Infrastructure.Jobs;

/// <summary>
/// Several app instances on one database each run the same background jobs; a lease row makes one of them the runner of
/// each job, so a reminder is sent once. The holder renews it at every pass; if it stops, another instance takes the job
/// over once the lease has expired. One statement takes or renews it (an upsert that only wins over an expired lease or
/// one's own), so two instances asking at once cannot both win.
/// </summary>
public sealed class JobLeases(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    /// <summary>This process, as a holder: host name and a random part (a restarted process is a new holder).</summary>
    public string Holder { get; init; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<bool> TryTakeAsync(string job, TimeSpan length, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + length;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var taken = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "JobLeases" ("Name", "Holder", "ExpiresAtUtc") VALUES ({job}, {Holder}, {until})
            ON CONFLICT ("Name") DO UPDATE SET "Holder" = excluded."Holder", "ExpiresAtUtc" = excluded."ExpiresAtUtc"
            WHERE "JobLeases"."Holder" = excluded."Holder" OR "JobLeases"."ExpiresAtUtc" < {now}
            """, cancellationToken);
        return taken == 1;
    }
}
