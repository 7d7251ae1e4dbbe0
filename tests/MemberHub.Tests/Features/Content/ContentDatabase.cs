using MemberHub.Web.Data;
using MemberHub.Web.Features.Content.Import;
using MemberHub.Web.Features.Content.Tracks;
using MemberHub.Web.Infrastructure.Markdown;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MemberHub.Tests.Features.Content;

/// <summary>A migrated in-memory SQLite database with the content importer over it, and a scratch content folder.</summary>
public sealed class ContentDatabase : IDbContextFactory<AppDbContext>, IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public ContentDatabase()
    {
        connection.Open();
        using var db = CreateDbContext();
        db.Database.Migrate();
        Catalog = new TrackCatalog(this);
        Importer = new ContentImporter(this, new MarkdownRenderer(), Catalog, Clock, NullLogger<ContentImporter>.Instance);
        Directory.CreateDirectory(Folder);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public TrackCatalog Catalog { get; }

    public ContentImporter Importer { get; }

    /// <summary>A content folder of the test's own (content/tracks/… inside it).</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "memberhub-content-tests", Guid.NewGuid().ToString("N"));

    public static string RepositoryContent
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "MemberHub.sln")))
                {
                    return Path.Combine(directory.FullName, "content");
                }
            }
            throw new InvalidOperationException("MemberHub.sln not found above the test folder");
        }
    }

    public AppDbContext CreateDbContext() => new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options);

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, ContentImporter.TracksFolder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        connection.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
