using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MemberHub.Web.Features.Talks.Rsvps;

/// <summary>
/// Seats are counted and given in one statement. On SQLite its one writer lock already makes that atomic; on PostgreSQL
/// two such statements would each count the seats before the other's row, so a transaction first takes the talk's
/// advisory lock and the next member's statement counts after this one commits.
/// </summary>
internal static class SeatLock
{
    private const int Space = 0x7A1C; // this lock's own key space, apart from any other advisory lock

    public static async Task<IDbContextTransaction?> TakeAsync(AppDbContext db, int talkId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return null;
        }
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Space}, {talkId})", cancellationToken);
        return transaction;
    }
}
