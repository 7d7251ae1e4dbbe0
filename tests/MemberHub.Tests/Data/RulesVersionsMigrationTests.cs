using MemberHub.Web.Data;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Profiles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MemberHub.Tests.Data;

public class RulesVersionsMigrationTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"memberhub-rules-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_community_that_had_rules_before_keeps_their_text_as_its_current_version()
    {
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("DataProtectionKeysAndJobLeases");
        var updated = new DateTime(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc);
        db.Add(new CommunitySettings { RulesMarkdown = "Be kind.", RulesMarkdownZh = "友善待人。", RulesVersion = 4, UpdatedAtUtc = updated });
        await db.SaveChangesAsync();

        await migrator.MigrateAsync();

        var kept = await db.Set<PublishedRules>().AsNoTracking().SingleAsync();
        Assert.Equal((4, "Be kind.", "友善待人。", updated), (kept.Version, kept.RulesMarkdown, kept.RulesMarkdownZh, kept.PublishedAtUtc));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }
}
