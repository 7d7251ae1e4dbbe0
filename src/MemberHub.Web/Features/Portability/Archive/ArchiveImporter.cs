using System.Data.Common;
using System.IO.Compression;
using System.Text.Json;
using MemberHub.Web.Data;
using MemberHub.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Portability.Archive;

public sealed record ImportReport(int Tables, long Rows);

/// <summary>
/// Restores an archive into an empty instance, all or nothing: the manifest and every checksum are verified before
/// anything is written, then every table is filled in one transaction whose foreign keys are checked at the commit.
/// </summary>
public sealed class ArchiveImporter(
    IDbContextFactory<AppDbContext> contexts, IStringLocalizer<PortabilityText> text, IOptions<DatabaseOptions> database, ILogger<ArchiveImporter> logger)
{
    public async Task<Outcome<ImportReport>> ImportAsync(Stream archive, Action<string, long>? tableDone = null, CancellationToken cancellationToken = default)
    {
        if (database.Value.Provider != DatabaseProvider.Sqlite)
        {
            return Outcome<ImportReport>.Refused(PortabilityText.OnPostgres(text));
        }
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            return Outcome<ImportReport>.Refused(text["Import.NotAnArchive"]);
        }
        using (zip)
        {
            var manifest = await ManifestAsync(zip, cancellationToken);
            if (manifest is null || manifest.Format != ArchiveManifest.FormatName)
            {
                return Outcome<ImportReport>.Refused(text["Import.NotAnArchive"]);
            }
            if (manifest.FormatVersion != ArchiveManifest.CurrentVersion)
            {
                return Outcome<ImportReport>.Refused(text["Import.FormatVersion", manifest.FormatVersion, ArchiveManifest.CurrentVersion]);
            }
            if (await CorruptAsync(zip, manifest, cancellationToken) is { } corrupt)
            {
                return Outcome<ImportReport>.Refused(text["Import.Corrupt", corrupt]);
            }
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            var migration = await ArchiveTables.LastMigrationAsync(connection, cancellationToken);
            if (migration != manifest.Migration)
            {
                return Outcome<ImportReport>.Refused(text["Import.OtherSchema", manifest.Migration, migration]);
            }
            // Empty: nothing but what a first start creates (the configured Owner); the archive's rows replace it.
            if (await ArchiveTables.ScalarAsync(connection, null, """
                    SELECT (SELECT COUNT(*) FROM "AspNetUsers") > 1 OR EXISTS (SELECT 1 FROM "Memberships") OR EXISTS (SELECT 1 FROM "Questions")
                        OR EXISTS (SELECT 1 FROM "Introductions")
                    """, cancellationToken) == 1)
            {
                return Outcome<ImportReport>.Refused(text["Import.NotEmpty"]);
            }
            var tables = (await ArchiveTables.ListAsync(connection, cancellationToken)).ToDictionary(t => t.Name);
            if (manifest.Tables.FirstOrDefault(t => !tables.ContainsKey(t.Name)) is { } unknown)
            {
                return Outcome<ImportReport>.Refused(text["Import.UnknownTable", unknown.Name]);
            }
            return await FillAsync(connection, zip, manifest, tables, tableDone, cancellationToken);
        }
    }

    private async Task<Outcome<ImportReport>> FillAsync(DbConnection connection, ZipArchive zip, ArchiveManifest manifest,
        IReadOnlyDictionary<string, ArchiveTables.Table> tables, Action<string, long>? tableDone, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "PRAGMA defer_foreign_keys = ON", cancellationToken);
        // What start-up seeded into a fresh instance (roles, settings) gives way to the archive's rows; all of it first,
        // so a cascade from a parent's delete never removes rows already restored.
        foreach (var archived in manifest.Tables)
        {
            await ExecuteAsync(connection, transaction, $"DELETE FROM {ArchiveTables.Quote(archived.Name)}", cancellationToken);
        }
        var rows = 0L;
        foreach (var archived in manifest.Tables)
        {
            var inserted = await InsertAsync(connection, transaction, tables[archived.Name], zip.GetEntry(archived.File)!, cancellationToken);
            if (inserted is null || inserted != archived.Rows)
            {
                await transaction.RollbackAsync(cancellationToken);
                return Outcome<ImportReport>.Refused(text["Import.BadRecords", archived.Name]);
            }
            rows += inserted.Value;
            tableDone?.Invoke(archived.Name, inserted.Value);
        }
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            logger.LogWarning(e, "The archive's records broke a constraint at the commit");
            return Outcome<ImportReport>.Refused(text["Import.Constraint"]);
        }
        return Outcome<ImportReport>.Ok(new ImportReport(manifest.Tables.Count, rows));
    }

    // Null when a line is not a record of this table (malformed JSON, a column the table lacks, a value SQLite refuses).
    private async Task<long?> InsertAsync(DbConnection connection, DbTransaction transaction, ArchiveTables.Table table, ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(table.Columns, StringComparer.Ordinal);
        if (table.IsVirtual)
        {
            known.Add("rowid");
        }
        await using var stream = entry.Open();
        using var lines = new StreamReader(stream, System.Text.Encoding.UTF8);
        DbCommand? insert = null;
        string[] columns = [];
        var rows = 0L;
        try
        {
            while (await lines.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }
                using var record = JsonDocument.Parse(line);
                var properties = record.RootElement.EnumerateObject().ToArray();
                if (insert is null || !properties.Select(p => p.Name).SequenceEqual(columns))
                {
                    columns = properties.Select(p => p.Name).ToArray();
                    if (columns.Any(c => !known.Contains(c)))
                    {
                        return null;
                    }
                    insert?.Dispose();
                    insert = Insert(connection, transaction, table.Name, columns);
                }
                for (var i = 0; i < properties.Length; i++)
                {
                    insert.Parameters[i].Value = ArchiveValues.Read(properties[i].Value);
                }
                await insert.ExecuteNonQueryAsync(cancellationToken);
                rows++;
            }
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or SqliteException { SqliteErrorCode: 19 or 20 })
        {
            logger.LogWarning(e, "Row {Row} of {Table} is not a record this instance can store", rows + 1, table.Name);
            return null;
        }
        finally
        {
            insert?.Dispose();
        }
        return rows;
    }

    private static DbCommand Insert(DbConnection connection, DbTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {ArchiveTables.Quote(table)} ({string.Join(", ", columns.Select(ArchiveTables.Quote))}) "
                              + $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$p" + i;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    private static async Task<ArchiveManifest?> ManifestAsync(ZipArchive zip, CancellationToken cancellationToken)
    {
        if (zip.GetEntry(ArchiveManifest.FileName) is not { } entry)
        {
            return null;
        }
        try
        {
            await using var stream = entry.Open();
            return await JsonSerializer.DeserializeAsync<ArchiveManifest>(stream, ArchiveManifest.Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The first file whose bytes are not what the manifest says (or that is missing), by its path.
    private static async Task<string?> CorruptAsync(ZipArchive zip, ArchiveManifest manifest, CancellationToken cancellationToken)
    {
        foreach (var (path, sha256) in manifest.Tables.Select(t => (t.File, t.Sha256)).Concat(manifest.Files.Select(f => (f.Path, f.Sha256))))
        {
            if (zip.GetEntry(path) is not { } entry)
            {
                return path;
            }
            try
            {
                await using var stream = entry.Open();
                await using var hashing = new HashingStream(stream, writing: false);
                await hashing.CopyToAsync(Stream.Null, cancellationToken);
                if (!string.Equals(hashing.Sha256(), sha256, StringComparison.OrdinalIgnoreCase))
                {
                    return path;
                }
            }
            catch (InvalidDataException)
            {
                return path;
            }
        }
        return null;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
