using MemberHub.Web.Features.Portability.Archive;

namespace MemberHub.Web.Features.Portability.Import;

/// <summary>
/// <c>dotnet run --project src/MemberHub.Web -- import &lt;archive&gt;</c>: the app starts as usual (settings checked,
/// migrations applied), restores the archive into its empty database and exits instead of serving.
/// </summary>
public sealed record ImportCommand(string ArchivePath, string[] HostArgs)
{
    public const string Verb = "import";

    /// <summary>The command when the app was started for it; the remaining arguments go to the host as usual.</summary>
    public static ImportCommand? Parse(string[] args) =>
        args is [Verb, .. var rest] ? new ImportCommand(rest.FirstOrDefault() ?? "", [.. rest.Skip(1)]) : null;

    public async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        if (ArchivePath.Length == 0)
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run --project src/MemberHub.Web -- import <archive.zip>");
            return 2;
        }
        if (!File.Exists(ArchivePath))
        {
            await Console.Error.WriteLineAsync($"No archive at {Path.GetFullPath(ArchivePath)}.");
            return 2;
        }
        await using var archive = File.OpenRead(ArchivePath);
        var importer = services.GetRequiredService<ArchiveImporter>();
        var outcome = await importer.ImportAsync(archive, (table, rows) => Console.WriteLine($"  {table}: {rows} rows"), cancellationToken);
        if (!outcome.Succeeded)
        {
            await Console.Error.WriteLineAsync(outcome.Error);
            return 1;
        }
        Console.WriteLine($"Imported {outcome.Value!.Rows} rows in {outcome.Value.Tables} tables from {Path.GetFileName(ArchivePath)}.");
        return 0;
    }
}
