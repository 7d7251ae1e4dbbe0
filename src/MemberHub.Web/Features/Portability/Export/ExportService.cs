using System.Threading.Channels;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Portability.Export;

/// <summary>The Owner's exports: ask for one (it runs in the background), follow it, download it while its link lasts.</summary>
public sealed class ExportService(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, ExportQueue queue, ExportFiles files, TimeProvider clock, IStringLocalizer<PortabilityText> text,
    IOptions<DatabaseOptions> database)
{
    public async Task<Outcome<Guid>> RequestAsync(string? actorUserId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<Guid>.Refused(text["Export.OwnerOnly"]);
        }
        if (database.Value.Provider != DatabaseProvider.Sqlite)
        {
            return Outcome<Guid>.Refused(PortabilityText.OnPostgres(text));
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<ExportJob>().AnyAsync(j => j.State == ExportState.Queued || j.State == ExportState.Running, cancellationToken))
        {
            return Outcome<Guid>.Refused(text["Export.AlreadyRunning"]);
        }
        var job = new ExportJob { Id = Guid.NewGuid(), RequestedById = actorUserId!, RequestedAtUtc = clock.GetUtcNow().UtcDateTime, State = ExportState.Queued };
        db.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        await queue.Writer.WriteAsync(job.Id, cancellationToken);
        return Outcome<Guid>.Ok(job.Id);
    }

    public async Task<Outcome<IReadOnlyList<ExportJob>>> ListAsync(string? actorUserId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<IReadOnlyList<ExportJob>>.Refused(text["Export.OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return Outcome<IReadOnlyList<ExportJob>>.Ok(await db.Set<ExportJob>().AsNoTracking().OrderByDescending(j => j.RequestedAtUtc).Take(10).ToListAsync(cancellationToken));
    }

    /// <summary>The archive of a finished export, for the Owner, until its link expires.</summary>
    public async Task<Outcome<(ExportJob Job, string Path)>> DownloadAsync(string? actorUserId, Guid id, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<(ExportJob, string)>.Refused(text["Export.OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var job = await db.Set<ExportJob>().AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
        {
            return Outcome<(ExportJob, string)>.Refused(text["Export.Unknown"], "id");
        }
        var path = files.PathOf(id);
        return job.IsDownloadable(clock.GetUtcNow().UtcDateTime) && File.Exists(path)
            ? Outcome<(ExportJob, string)>.Ok((job, path))
            : Outcome<(ExportJob, string)>.Refused(text["Export.Expired"], "expired");
    }
}

/// <summary>Exports waiting for the worker (their ids); the table keeps them across a restart.</summary>
public sealed class ExportQueue
{
    private readonly Channel<Guid> channel = Channel.CreateUnbounded<Guid>();

    public ChannelWriter<Guid> Writer => channel.Writer;

    public ChannelReader<Guid> Reader => channel.Reader;
}

/// <summary>Where archives are written: <c>exports/</c> in the data folder, one file per export.</summary>
public sealed class ExportFiles(IConfiguration configuration, IWebHostEnvironment environment)
{
    public string Folder => Path.Combine(DataSetup.DataDirectory(configuration, environment.ContentRootPath), "exports");

    public string PathOf(Guid id) => Path.Combine(Folder, id.ToString("N") + ".zip");
}
