using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.IntegrationTests.Features.Security;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Portability.Archive;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Portability;

/// <summary>
/// The demo community plus generated posts (Chinese text, edits) exported, restored by the <c>import</c> command into a
/// new data folder, and exported again: every record of every table comes back field for field.
/// </summary>
/// <remarks>SQLite only: on PostgreSQL these features refuse (pg_dump is the tool), see <see cref="DatabaseProviderTests"/>.</remarks>
[Trait("Database", "SqliteOnly")]
public class ArchiveRoundTripTests(DemoCommunityFactory factory) : IClassFixture<DemoCommunityFactory>, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "memberhub-tests", "archive-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Export_then_import_into_a_new_instance_then_export_gives_back_every_record_field_for_field()
    {
        await AddGeneratedPostsAsync();
        Directory.CreateDirectory(folder);
        var archive = Path.Combine(folder, "community.zip");
        ArchiveManifest first;
        await using (var file = File.Create(archive))
        {
            first = await factory.Services.GetRequiredService<ArchiveWriter>().WriteAsync(file);
        }

        var (code, output, errors) = await ImportCommandAsync(archive, Path.Combine(folder, "restored"));
        Assert.True(code == 0, errors + output);
        Assert.Contains($"Imported {first.Tables.Sum(t => t.Rows)} rows", output);

        var again = Path.Combine(folder, "again.zip");
        await using (var file = File.Create(again))
        {
            await new ArchiveWriter(ContextsOf(Path.Combine(folder, "restored", "memberhub.db")), TimeProvider.System).WriteAsync(file);
        }
        var before = Records(archive);
        var after = Records(again);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (table, rows) in before)
        {
            Assert.True(rows.Count == after[table].Count, $"{table}: {rows.Count} rows exported, {after[table].Count} after the round trip");
            for (var i = 0; i < rows.Count; i++)
            {
                Assert.True(rows[i] == after[table][i], $"{table}, row {i + 1}:\n{rows[i]}\n{after[table][i]}");
            }
        }
        Assert.Contains(before["Questions"], line => line.Contains("怎么给年度会员定价"));
        Assert.True(first.Rows("AspNetUsers") > 5 && first.Rows("QaSearch") > 0 && first.Rows("Lessons") > 0);
        using var zip = ZipFile.OpenRead(archive);
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith(ArchiveManifest.ContentFolder, StringComparison.Ordinal) && e.FullName.EndsWith(".md", StringComparison.Ordinal));
        // Each question with its answers is also readable as Markdown, without a database.
        var thread = zip.Entries.Where(e => e.FullName.StartsWith(ArchiveManifest.QuestionsFolder, StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()).Single(text => text.Contains("# 怎么给年度会员定价？（已补充）"));
        Assert.Contains("补充：我们在上海，UTC+8。", thread);
        Assert.Contains("按十个月的价格卖年度会员，并在第 11 个月提醒续费。", thread);
        Assert.Contains("## Answer — Expert ", thread);
        var talks = zip.Entries.Where(e => e.FullName.StartsWith(ArchiveManifest.TalksFolder, StringComparison.Ordinal)).ToList();
        Assert.Equal(first.Rows("Talks"), talks.Count);
        Assert.All(talks, t => Assert.StartsWith("---\nid: ", new StreamReader(t.Open()).ReadToEnd()));
        // So are the introductions with their replies, and every version of the rules in both languages.
        var introductions = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith(ArchiveManifest.IntroductionsFolder, StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.True(first.Rows("Introductions") > 0);
        Assert.Equal(first.Rows("Introductions"), introductions.Split('\n').Count(line => line.StartsWith("*#", StringComparison.Ordinal)));
        Assert.Contains("## Reply — ", introductions);
        var rules = zip.Entries.Where(e => e.FullName.StartsWith(ArchiveManifest.RulesFolder, StringComparison.Ordinal)).ToDictionary(e => e.Name, e => new StreamReader(e.Open()).ReadToEnd());
        Assert.True(first.Rows("RulesVersions") > 0);
        Assert.StartsWith("---\nversion: 1\n", rules["v1.md"]);
        Assert.Contains(ChineseRulesLine(), rules["v1.zh-Hans.md"]);
    }

    [Fact]
    public async Task An_instance_with_a_community_or_a_damaged_archive_is_refused_and_nothing_is_written()
    {
        Directory.CreateDirectory(folder);
        var archive = Path.Combine(folder, "community.zip");
        await using (var file = File.Create(archive))
        {
            await factory.Services.GetRequiredService<ArchiveWriter>().WriteAsync(file);
        }
        var importer = factory.Services.GetRequiredService<ArchiveImporter>();
        var questions = await factory.QuestionCountAsync();

        await using (var file = File.OpenRead(archive))
        {
            var refused = await importer.ImportAsync(file);
            Assert.Contains("already has a community", refused.Error);
        }
        var damaged = Path.Combine(folder, "damaged.zip");
        File.Copy(archive, damaged);
        using (var zip = ZipFile.Open(damaged, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry(ArchiveManifest.RecordsFolder + "Questions.jsonl")!;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(ArchiveManifest.RecordsFolder + "Questions.jsonl").Open());
            await writer.WriteAsync("{\"Id\": 1}\n");
        }
        var (code, _, errors) = await ImportCommandAsync(damaged, Path.Combine(folder, "fresh"));
        var (notZip, _, notZipErrors) = await ImportCommandAsync(Path.Combine(AppContext.BaseDirectory, "MemberHub.Web.dll"), Path.Combine(folder, "fresh2"));

        var (usage, _, usageErrors) = await ImportCommandAsync("", Path.Combine(folder, "fresh3"));

        Assert.Equal(1, code);
        Assert.Contains("records/Questions.jsonl does not match its checksum", errors);
        Assert.Equal((2, true), (usage, usageErrors.Contains("Usage: dotnet run --project src/MemberHub.Web -- import <archive.zip>")));
        Assert.Equal((1, true), (notZip, notZipErrors.Contains("not a MemberHub archive")));
        Assert.Equal(questions, await factory.QuestionCountAsync());
        Assert.Equal(0L, await CountAsync(Path.Combine(folder, "fresh", "memberhub.db"), "AspNetUsers"));
    }

    private async Task AddGeneratedPostsAsync()
    {
        var member = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var asked = await factory.Questions().AskAsync(member.Id, Board.Input("怎么给年度会员定价？", "月度会员第三个月就流失了。Emoji too: 🎉 and a quote \" and a tab\t."));
        Assert.True(asked.Succeeded, asked.Error);
        Assert.True((await factory.Questions().EditAsync(member.Id, asked.Value, Board.Input("怎么给年度会员定价？（已补充）", "补充：我们在上海，UTC+8。"))).Succeeded);
        var answer = await factory.AnswerAsync(expert.Id, asked.Value, "按十个月的价格卖年度会员。");
        Assert.True((await factory.Answers().EditAsync(expert.Id, answer, "按十个月的价格卖年度会员，并在第 11 个月提醒续费。")).Succeeded);
    }

    /// <summary>Runs the app as a person would (<c>MemberHub.Web import archive</c>) over a new data folder.</summary>
    private static async Task<(int Code, string Output, string Errors)> ImportCommandAsync(string archive, string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "MemberHub.Web.dll"), "import", archive })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["Storage__DataDirectory"] = dataDirectory;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Demo__Seed"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await errors);
    }

    // A line of the demo community's Chinese rules (content/community/rules.zh-Hans.md) as they were seeded.
    private static string ChineseRulesLine() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "content", "community", "rules.zh-Hans.md")).First(line => line.Trim().Length > 0).Trim();

    private static PooledDbContextFactory<AppDbContext> ContextsOf(string path) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    private static async Task<long> CountAsync(string path, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Each table's lines, parsed and written back so a difference shows as the record that differs.
    private static Dictionary<string, List<string>> Records(string archive)
    {
        using var zip = ZipFile.OpenRead(archive);
        return zip.Entries.Where(e => e.FullName.StartsWith(ArchiveManifest.RecordsFolder, StringComparison.Ordinal))
            .ToDictionary(e => Path.GetFileNameWithoutExtension(e.Name), e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonSerializer.Serialize(JsonDocument.Parse(l).RootElement, Readable)).ToList();
            });
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
