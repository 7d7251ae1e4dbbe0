using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Portability.Backup;

public sealed record BackupFile(string Name, long Bytes, DateTime TakenAtUtc);

/// <summary>
/// Online backups of the SQLite database with <c>VACUUM INTO</c>: a consistent copy taken while the app keeps reading and
/// writing, into <c>backups/</c> in the data folder; the oldest beyond the Owner's count are deleted.
/// </summary>
public sealed class BackupService(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, IConfiguration configuration, IWebHostEnvironment environment, TimeProvider clock,
    IStringLocalizer<PortabilityText> text, IOptions<DatabaseOptions> database, ILogger<BackupService> logger)
{
    private const string Prefix = "memberhub-";
    private readonly SemaphoreSlim one = new(1, 1);

    /// <summary>VACUUM INTO copies a SQLite file; a PostgreSQL server is backed up with its own tools (pg_dump).</summary>
    public bool OnSqlite => database.Value.Provider == DatabaseProvider.Sqlite;

    public string Folder => Path.Combine(DataSetup.DataDirectory(configuration, environment.ContentRootPath), "backups");

    public async Task<Outcome<BackupSchedule>> ScheduleAsync(string? actorUserId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<BackupSchedule>.Refused(text["Backup.OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return Outcome<BackupSchedule>.Ok(await db.Set<BackupSchedule>().AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new BackupSchedule());
    }

    public async Task<Outcome> SaveScheduleAsync(string? actorUserId, bool enabled, int everyHours, int keep, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Backup.OwnerOnly"]);
        }
        if (!OnSqlite)
        {
            return Outcome.Refused(PortabilityText.OnPostgres(text));
        }
        if (everyHours is < 1 or > BackupSchedule.MaxEveryHours)
        {
            return Outcome.Refused(text["Backup.EveryHoursRange", BackupSchedule.MaxEveryHours], "EveryHours");
        }
        if (keep is < 1 or > BackupSchedule.MaxKeep)
        {
            return Outcome.Refused(text["Backup.KeepRange", BackupSchedule.MaxKeep], "Keep");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var schedule = await ScheduleRowAsync(db, cancellationToken);
        (schedule.Enabled, schedule.EveryHours, schedule.Keep) = (enabled, everyHours, keep);
        await db.SaveChangesAsync(cancellationToken);
        Prune(keep);
        return Outcome.Ok;
    }

    public async Task<Outcome<BackupFile>> BackUpNowAsync(string? actorUserId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<BackupFile>.Refused(text["Backup.OwnerOnly"]);
        }
        if (!OnSqlite)
        {
            return Outcome<BackupFile>.Refused(PortabilityText.OnPostgres(text));
        }
        return Outcome<BackupFile>.Ok(await TakeAsync(cancellationToken));
    }

    public async Task<Outcome<IReadOnlyList<BackupFile>>> ListAsync(string? actorUserId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<IReadOnlyList<BackupFile>>.Refused(text["Backup.OwnerOnly"]);
        }
        return Outcome<IReadOnlyList<BackupFile>>.Ok(Files());
    }

    /// <summary>The scheduler's pass: a backup when one is due. A first start only sets the clock going.</summary>
    public async Task<int> TakeIfDueAsync(CancellationToken cancellationToken = default)
    {
        if (!OnSqlite)
        {
            return 0;
        }
        await one.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var schedule = await db.Set<BackupSchedule>().FirstOrDefaultAsync(cancellationToken);
            if (schedule is null)
            {
                db.Add(new BackupSchedule { LastBackupAtUtc = now });
                await db.SaveChangesAsync(cancellationToken);
                return 0;
            }
            if (!schedule.IsDue(now))
            {
                return 0;
            }
            await TakeLockedAsync(cancellationToken);
            return 1;
        }
        finally
        {
            one.Release();
        }
    }

    /// <summary>Takes a backup now, then keeps the newest the schedule says; one at a time.</summary>
    public async Task<BackupFile> TakeAsync(CancellationToken cancellationToken = default)
    {
        await one.WaitAsync(cancellationToken);
        try
        {
            return await TakeLockedAsync(cancellationToken);
        }
        finally
        {
            one.Release();
        }
    }

    private async Task<BackupFile> TakeLockedAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow().UtcDateTime;
        var path = Path.Combine(Folder, $"{Prefix}{now:yyyyMMdd-HHmmss}.db");
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(Folder, $"{Prefix}{now:yyyyMMdd-HHmmss}-{n}.db");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // VACUUM INTO reads one snapshot of the database (writers carry on in the WAL) and writes a compact copy.
        await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", [path], cancellationToken);
        var schedule = await ScheduleRowAsync(db, cancellationToken);
        schedule.LastBackupAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        Prune(schedule.Keep);
        logger.LogInformation("Backed up the database to {Path}", path);
        var info = new FileInfo(path);
        return new BackupFile(info.Name, info.Length, now);
    }

    private IReadOnlyList<BackupFile> Files() =>
        Directory.Exists(Folder)
            ? new DirectoryInfo(Folder).GetFiles(Prefix + "*.db").OrderByDescending(f => f.Name, StringComparer.Ordinal)
                .Select(f => new BackupFile(f.Name, f.Length, f.LastWriteTimeUtc)).ToList()
            : [];

    private void Prune(int keep)
    {
        foreach (var old in Files().Skip(keep))
        {
            File.Delete(Path.Combine(Folder, old.Name));
        }
    }

    private static async Task<BackupSchedule> ScheduleRowAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var schedule = await db.Set<BackupSchedule>().FirstOrDefaultAsync(cancellationToken);
        if (schedule is null)
        {
            schedule = new BackupSchedule();
            db.Add(schedule);
        }
        return schedule;
    }
}

/// <summary>Looks every 15 minutes (on the app's clock) whether a backup is due.</summary>
public sealed class BackupScheduler(BackupService backups, Infrastructure.Jobs.JobLeases leases, TimeProvider clock, ILogger<BackupScheduler> logger) : PeriodicPass(leases, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(15);

    protected override Task<int> PassAsync(CancellationToken cancellationToken) => backups.TakeIfDueAsync(cancellationToken);
}
