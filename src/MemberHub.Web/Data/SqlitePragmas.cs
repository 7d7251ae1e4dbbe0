using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MemberHub.Web.Data;

/// <summary>
/// Per-connection settings: in WAL mode, synchronous=NORMAL is durable across application crashes and spares an
/// fsync per commit; foreign keys are enforced by the connection string.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
