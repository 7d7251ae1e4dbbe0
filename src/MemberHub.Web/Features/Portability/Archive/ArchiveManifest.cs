namespace MemberHub.Web.Features.Portability.Archive;

/// <summary>One table's records in the archive: its file, how many rows, and the SHA-256 of the file's bytes.</summary>
public sealed record ArchiveTable(string Name, string File, long Rows, string Sha256);

/// <summary>Any other file in the archive (lessons, questions, talks, introductions and rules as Markdown), with its SHA-256.</summary>
public sealed record ArchiveFile(string Path, string Sha256);

/// <summary>
/// <c>manifest.json</c>: what the archive holds, which schema (the last migration) its records follow, and checksums that
/// an import verifies before it writes anything.
/// </summary>
public sealed record ArchiveManifest(
    string Format, int FormatVersion, DateTime CreatedAtUtc, string Migration, IReadOnlyList<ArchiveTable> Tables, IReadOnlyList<ArchiveFile> Files)
{
    public const string FileName = "manifest.json";
    public const string FormatName = "memberhub-archive";
    public const int CurrentVersion = 1;
    public const string RecordsFolder = "records/";
    public const string ContentFolder = "content/tracks/";
    public const string QuestionsFolder = "content/questions/";
    public const string TalksFolder = "content/talks/";
    public const string IntroductionsFolder = "content/introductions/";
    public const string RulesFolder = "content/rules/";

    public long Rows(string table) => Tables.FirstOrDefault(t => t.Name == table)?.Rows ?? 0;

    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true };
}
