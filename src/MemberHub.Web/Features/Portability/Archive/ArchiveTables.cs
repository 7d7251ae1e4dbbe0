using System.Data.Common;

namespace MemberHub.Web.Features.Portability.Archive;

/// <summary>
/// The tables an archive carries: every table of the database, read from SQLite's own catalogue so nothing is left out
/// when a feature adds one. Not carried: EF's migration history (the archive names its migration instead), SQLite's
/// internal tables, the storage tables behind a full-text index (the index itself is carried, by its rows), and this
/// server's export jobs (restored, a running one would start again on the new server, for files that are not there).
/// </summary>
internal static class ArchiveTables
{
    public const string MigrationHistory = "__EFMigrationsHistory";

    private static readonly string[] ServerOnly = [MigrationHistory, "ExportJobs"];

    public sealed record Table(string Name, bool IsVirtual, IReadOnlyList<string> Columns)
    {
        /// <summary>Rows in a stable order; a full-text table's rowid is its link to the posts, so it is carried as a column.</summary>
        public string SelectSql => IsVirtual
            ? $"SELECT rowid AS \"rowid\", {string.Join(", ", Columns.Select(Quote))} FROM {Quote(Name)} ORDER BY rowid"
            : $"SELECT {string.Join(", ", Columns.Select(Quote))} FROM {Quote(Name)} ORDER BY rowid";
    }

    public static async Task<IReadOnlyList<Table>> ListAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var found = new List<(string Name, bool IsVirtual)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var sql = reader.IsDBNull(1) ? "" : reader.GetString(1);
                found.Add((reader.GetString(0), sql.StartsWith("CREATE VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase)));
            }
        }
        var virtualNames = found.Where(t => t.IsVirtual).Select(t => t.Name + "_").ToList();
        var tables = new List<Table>();
        foreach (var (name, isVirtual) in found)
        {
            if (ServerOnly.Contains(name) || virtualNames.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }
            tables.Add(new Table(name, isVirtual, await ColumnsAsync(connection, name, cancellationToken)));
        }
        return tables;
    }

    public static async Task<string> LastMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT MigrationId FROM {Quote(MigrationHistory)} ORDER BY MigrationId DESC LIMIT 1";
        return await command.ExecuteScalarAsync(cancellationToken) as string ?? "";
    }

    /// <summary>One number from SQL (a count, a yes/no), for the writer and the importer alike.</summary>
    public static async Task<long> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task<IReadOnlyList<string>> ColumnsAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info({Literal(table)}) ORDER BY cid";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }
        return columns;
    }

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
