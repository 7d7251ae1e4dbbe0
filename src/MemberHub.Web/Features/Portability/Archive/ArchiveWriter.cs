using System.Data.Common;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Content.Import;
using MemberHub.Web.Features.Content.Tracks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MemberHub.Web.Features.Portability.Archive;

/// <summary>How far an export has come: rows written of all rows.</summary>
public readonly record struct ArchiveProgress(long RowsDone, long RowsTotal);

/// <summary>
/// Writes the whole community as one zip: every table's rows as JSON lines (<c>records/{table}.jsonl</c>, one object per
/// row with every column, exactly as stored), the tracks and lessons as Markdown in the content folder's format, each
/// question with its answers, each talk with its notes, the introductions and every version of the rules as Markdown, and the manifest. Rows stream from one read transaction (a consistent snapshot while the app keeps running), so no table is
/// ever held in memory.
/// </summary>
public sealed class ArchiveWriter(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    private const int ProgressEvery = 5_000;

    // Chinese stays readable in the files; the archive is data, never served as HTML.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public async Task<ArchiveManifest> WriteAsync(Stream output, IProgress<ArchiveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var snapshot = await db.Database.BeginTransactionAsync(cancellationToken);
        var dbTransaction = snapshot.GetDbTransaction();

        var migration = await ArchiveTables.LastMigrationAsync(connection, cancellationToken);
        var tables = await ArchiveTables.ListAsync(connection, cancellationToken);
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            counts[table.Name] = await ArchiveTables.ScalarAsync(connection, dbTransaction, $"SELECT COUNT(*) FROM {ArchiveTables.Quote(table.Name)}", cancellationToken);
        }
        var total = counts.Values.Sum();
        var done = 0L;
        progress?.Report(new ArchiveProgress(0, total));

        var written = new List<ArchiveTable>();
        var files = new List<ArchiveFile>();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            foreach (var table in tables)
            {
                var path = ArchiveManifest.RecordsFolder + table.Name + ".jsonl";
                await using var entry = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
                await using var hashing = new HashingStream(entry, writing: true);
                var rows = await WriteRowsAsync(connection, dbTransaction, table, hashing, () =>
                {
                    if (++done % ProgressEvery == 0)
                    {
                        progress?.Report(new ArchiveProgress(done, total));
                    }
                }, cancellationToken);
                written.Add(new ArchiveTable(table.Name, path, rows, hashing.Sha256()));
            }
            var tracks = await db.Set<Track>().AsNoTracking().AsSplitQuery()
                .Include(t => t.Stages).Include(t => t.Lessons).ThenInclude(l => l.Prerequisites).ToListAsync(cancellationToken);
            foreach (var (relative, text) in tracks.SelectMany(TrackExport.Files))
            {
                files.Add(await WriteTextAsync(zip, ArchiveManifest.ContentFolder + relative, text, cancellationToken));
            }
            await foreach (var (relative, text) in ThreadExport.FilesAsync(db, cancellationToken))
            {
                files.Add(await WriteTextAsync(zip, ArchiveManifest.QuestionsFolder + relative, text, cancellationToken));
            }
            foreach (var (relative, text) in await TalkExport.FilesAsync(db, cancellationToken))
            {
                files.Add(await WriteTextAsync(zip, ArchiveManifest.TalksFolder + relative, text, cancellationToken));
            }
            await foreach (var (relative, text) in IntroductionExport.FilesAsync(db, cancellationToken))
            {
                files.Add(await WriteTextAsync(zip, ArchiveManifest.IntroductionsFolder + relative, text, cancellationToken));
            }
            foreach (var (relative, text) in await RulesExport.FilesAsync(db, cancellationToken))
            {
                files.Add(await WriteTextAsync(zip, ArchiveManifest.RulesFolder + relative, text, cancellationToken));
            }
            var manifest = new ArchiveManifest(ArchiveManifest.FormatName, ArchiveManifest.CurrentVersion, clock.GetUtcNow().UtcDateTime, migration, written, files);
            await using (var entry = zip.CreateEntry(ArchiveManifest.FileName, CompressionLevel.Fastest).Open())
            {
                await JsonSerializer.SerializeAsync(entry, manifest, ArchiveManifest.Json, cancellationToken);
            }
            progress?.Report(new ArchiveProgress(total, total));
            return manifest;
        }
    }

    private static async Task<ArchiveFile> WriteTextAsync(ZipArchive zip, string path, string text, CancellationToken cancellationToken)
    {
        await using var entry = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        await using var hashing = new HashingStream(entry, writing: true);
        await hashing.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        return new ArchiveFile(path, hashing.Sha256());
    }

    private static async Task<long> WriteRowsAsync(
        DbConnection connection, DbTransaction transaction, ArchiveTables.Table table, Stream output, Action rowWritten, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = table.SelectSql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await using var json = new Utf8JsonWriter(output, JsonOptions);
        var names = Enumerable.Range(0, reader.FieldCount).Select(i => JsonEncodedText.Encode(reader.GetName(i), JsonOptions.Encoder)).ToArray();
        var rows = 0L;
        while (await reader.ReadAsync(cancellationToken))
        {
            json.WriteStartObject();
            for (var i = 0; i < names.Length; i++)
            {
                json.WritePropertyName(names[i]);
                ArchiveValues.Write(json, reader.GetValue(i));
            }
            json.WriteEndObject();
            // One object per line: the writer starts afresh for each.
            json.Flush();
            output.WriteByte((byte)'\n');
            json.Reset(output);
            rows++;
            rowWritten();
        }
        return rows;
    }
}
