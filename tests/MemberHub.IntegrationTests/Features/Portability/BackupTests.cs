using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Portability.Backup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Portability;

/// <summary>Online backups: taken while writes run, complete and consistent, restorable, kept as the Owner says.</summary>
/// <remarks>SQLite only: on PostgreSQL these features refuse (pg_dump is the tool), see <see cref="DatabaseProviderTests"/>.</remarks>
[Trait("Database", "SqliteOnly")]
public class BackupTests(ClockedFactory factory) : IClassFixture<ClockedFactory>, IDisposable
{
    private readonly string restored = Path.Combine(Path.GetTempPath(), "memberhub-tests", "restored-" + Guid.NewGuid().ToString("N"));

    private BackupService Backups => factory.Services.GetRequiredService<BackupService>();

    [Fact]
    public async Task A_backup_taken_while_writes_run_restores_into_a_working_database_with_every_committed_row()
    {
        var member = await factory.MemberAsync();
        var notifications = factory.Services.GetRequiredService<NotificationCenter>();
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writes = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await notifications.NotifyAsync(NotificationKinds.Welcomed, member.Id, "/introductions", "Writer", $"write {written}");
                Interlocked.Increment(ref written);
            }
        });
        while (Volatile.Read(ref written) < 50)
        {
            await Task.Delay(10);
        }
        var before = Volatile.Read(ref written);

        var backup = await Backups.BackUpNowAsync((await factory.OwnerAsync()).Id);
        var during = Volatile.Read(ref written);
        while (Volatile.Read(ref written) < during + 20)
        {
            await Task.Delay(10);
        }
        await stop.CancelAsync();
        await writes;

        Assert.True(backup.Succeeded, backup.Error);
        // Restore as the README says: the copy becomes memberhub.db in a data folder, and the app's model reads it.
        Directory.CreateDirectory(restored);
        var database = Path.Combine(restored, "memberhub.db");
        File.Copy(Path.Combine(Backups.Folder, backup.Value!.Name), database);
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={database};Pooling=False").Options);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal("ok", Assert.Single(await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync()));
        var copied = await db.Set<Notification>().CountAsync(n => n.RecipientId == member.Id && n.Actor == "Writer");
        var live = await factory.QueryAsync(d => d.Set<Notification>().CountAsync(n => n.RecipientId == member.Id && n.Actor == "Writer"));
        Assert.InRange(copied, before, during);
        Assert.True(live > copied, $"{live} rows now, {copied} in the backup");
        Assert.True(await db.Users.AnyAsync(u => u.Id == member.Id));
    }

    [Fact]
    public async Task The_schedule_takes_a_backup_when_due_and_keeps_only_the_newest()
    {
        var owner = (await factory.OwnerAsync()).Id;
        Assert.True((await Backups.SaveScheduleAsync(owner, enabled: true, everyHours: 6, keep: 2)).Succeeded);
        Assert.Equal("EveryHours", (await Backups.SaveScheduleAsync(owner, true, 0, 2)).Field);
        var member = await factory.MemberAsync();
        Assert.False((await Backups.SaveScheduleAsync(member.Id, true, 6, 2)).Succeeded);
        Assert.False((await Backups.BackUpNowAsync(member.Id)).Succeeded);

        // Each time the clock reaches the next backup, one is taken (by the scheduler's own pass or this one), and only one.
        for (var pass = 0; pass < 4; pass++)
        {
            factory.Clock.Advance(TimeSpan.FromHours(6));
            await Backups.TakeIfDueAsync();
            Assert.Equal(0, await Backups.TakeIfDueAsync());
            Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, (await Backups.ScheduleAsync(owner)).Value!.LastBackupAtUtc);
        }

        var files = (await Backups.ListAsync(owner)).Value!;
        Assert.Equal(2, files.Count);
        Assert.Equal($"memberhub-{factory.Clock.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss}.db", files[0].Name);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(restored, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
