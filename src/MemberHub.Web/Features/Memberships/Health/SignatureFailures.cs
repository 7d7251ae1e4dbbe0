using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Memberships.Health;

/// <summary>Counts webhook calls refused for their signature: one counter per day, whatever their number.</summary>
public sealed class SignatureFailures(IDbContextFactory<AppDbContext> contexts, TimeProvider clock, ILogger<SignatureFailures> logger)
{
    public async Task CountAsync(string reason, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var day = DateOnly.FromDateTime(now);
        var why = reason.Length > 200 ? reason[..200] : reason;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "StripeSignatureFailures" ("Day", "Count", "LastAtUtc", "LastReason") VALUES ({day}, 1, {now}, {why})
                ON CONFLICT ("Day") DO UPDATE SET "Count" = "StripeSignatureFailures"."Count" + 1, "LastAtUtc" = excluded."LastAtUtc", "LastReason" = excluded."LastReason"
                """, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Counting is a diagnostic: the caller still answers 400.
            logger.LogWarning(e, "Could not count a refused Stripe signature");
        }
    }
}
