using System.Diagnostics;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Portability;
using MemberHub.Web.Features.Portability.Archive;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemberHub.Bench;

/// <summary>
/// Export and import at size (issue 17): 50 000 members and 500 000 posts (100 000 questions, 400 000 answers, with
/// bodies of a few hundred characters in Chinese and English) plus their votes, points, memberships and funnel. Each
/// step runs in its own process, so its time and peak memory are its own; beside them, in the same run, the bare
/// baseline: SQLite's own <c>VACUUM INTO</c> copy of the same database (every byte read and written once, no JSON).
/// </summary>
public static class ArchiveBench
{
    private const string Body = "我们的社群第三个月流失最多。Members who never post leave first; the ones who answered once stay. "
                                + "建议：新成员入群第一周就安排一次自我介绍和一个小任务，完成后由专家点评。Then a yearly plan at ten months' price. ";

    public static async Task RunAsync(int members, int posts)
    {
        var folder = Path.Combine(BenchHost.RepositoryRoot(), "bench", "results", $"archive-{members}-{posts}");
        var database = Path.Combine(folder, "memberhub.db");
        if (!File.Exists(Path.Combine(folder, "generated")))
        {
            var clock = Stopwatch.StartNew();
            await using (var host = new BenchHost(new Dictionary<string, string?> { ["Storage:DataDirectory"] = folder }))
            {
                // The dashboard's community (members, memberships, funnel, votes, points) with posts * 2 activity rows: posts / 5
                // questions and posts * 4 / 5 answers.
                await DashboardBench.GenerateAsync(database, await DashboardBench.TiersAsync(host), members, posts * 2);
            }
            await WithBodiesAsync(database);
            await File.WriteAllTextAsync(Path.Combine(folder, "generated"), DateTime.UtcNow.ToString("O"));
            Console.WriteLine($"generated {members} members and {posts} posts in {clock.Elapsed.TotalSeconds:F0} s ({new FileInfo(database).Length / 1048576} MB)");
        }
        // A database kept from an earlier run follows the schema of its day: brought up to date first, as a start-up would
        // (the export reads every table the current schema has).
        await using (var db = new AppDbContext(Options(database)))
        {
            await db.Database.MigrateAsync();
        }
        var copy = Path.Combine(folder, "copy.db");
        var archive = Path.Combine(folder, "community.zip");
        var restored = Path.Combine(folder, "restored.db");
        foreach (var leftover in new[] { copy, archive, restored, restored + "-wal", restored + "-shm" })
        {
            File.Delete(leftover);
        }
        var bare = await ChildAsync("archive-bare", database, copy);
        var export = await ChildAsync("archive-export", database, archive);
        var import = await ChildAsync("archive-import", archive, restored);
        Console.WriteLine($"{"step",-34} {"seconds",8} {"peak MB",8} {"× bare",7}");
        foreach (var (name, result) in new[] { ("bare: VACUUM INTO a copy", bare), ("export (archive written)", export), ("import (into an empty database)", import) })
        {
            Console.WriteLine($"{name,-34} {result.Seconds,8:F1} {result.PeakMegabytes,8} {result.Seconds / bare.Seconds,7:F1}");
        }
        Console.WriteLine($"database {new FileInfo(database).Length / 1048576} MB, archive {new FileInfo(archive).Length / 1048576} MB");
    }

    /// <summary>One step in this process (started by <see cref="ChildAsync"/>): prints "seconds peak-MB".</summary>
    public static async Task<int> StepAsync(string step, string from, string to)
    {
        var clock = Stopwatch.StartNew();
        switch (step)
        {
            case "archive-bare":
                await using (var connection = new SqliteConnection($"Data Source={from};Mode=ReadOnly;Pooling=False"))
                {
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    command.CommandText = "VACUUM INTO $to";
                    command.Parameters.AddWithValue("$to", to);
                    command.CommandTimeout = 0;
                    await command.ExecuteNonQueryAsync();
                }
                break;
            case "archive-export":
                await using (var file = File.Create(to))
                {
                    await new ArchiveWriter(Contexts(from), TimeProvider.System).WriteAsync(file);
                }
                break;
            case "archive-import":
                await using (var db = new AppDbContext(Options(to)))
                {
                    await db.Database.MigrateAsync();
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                }
                await using (var file = File.OpenRead(from))
                {
                    var outcome = await new ArchiveImporter(Contexts(to), new KeyLocalizer(), Microsoft.Extensions.Options.Options.Create(new DatabaseOptions()), NullLogger<ArchiveImporter>.Instance).ImportAsync(file);
                    if (!outcome.Succeeded)
                    {
                        throw new InvalidOperationException(outcome.Error);
                    }
                }
                break;
            default:
                return 1;
        }
        Console.WriteLine($"{clock.Elapsed.TotalSeconds:F2} {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576}");
        return 0;
    }

    private static async Task<(double Seconds, long PeakMegabytes)> ChildAsync(string step, string from, string to)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        // Started as "dotnet MemberHub.Bench.dll" the child needs the dll named; started through its own executable, not.
        var viaMuxer = Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet";
        foreach (var argument in (string[])[.. viaMuxer ? [typeof(ArchiveBench).Assembly.Location] : Array.Empty<string>(), step, from, to])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = (await process.StandardOutput.ReadToEndAsync()).Trim().Split('\n')[^1].Split(' ');
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{step} failed ({process.ExitCode})");
        }
        return (double.Parse(output[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(output[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    // Posts with bodies the size of real ones (about 230 characters, Markdown and its HTML), not one letter.
    private static async Task WithBodiesAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 0;
        command.CommandText = """
            UPDATE Questions SET BodyMarkdown = Id || ' ' || $body, BodyHtml = '<p>' || Id || ' ' || $body || '</p>';
            UPDATE Answers SET BodyMarkdown = Id || ' ' || $body, BodyHtml = '<p>' || Id || ' ' || $body || '</p>';
            PRAGMA wal_checkpoint(TRUNCATE);
            """;
        command.Parameters.AddWithValue("$body", Body);
        await command.ExecuteNonQueryAsync();
    }

    private static DbContextOptions<AppDbContext> Options(string path) =>
        new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path};Pooling=True").Options;

    private static PooledDbContextFactory<AppDbContext> Contexts(string path) => new(Options(path));

    private sealed class KeyLocalizer : IStringLocalizer<PortabilityText>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name + ": " + string.Join(", ", arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
