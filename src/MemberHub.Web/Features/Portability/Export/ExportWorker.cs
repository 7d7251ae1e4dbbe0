using System.Collections.Concurrent;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Portability.Archive;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Portability.Export;

/// <summary>How far each running export has come, for the Owner's page (the table gets the figures when it is done).</summary>
public sealed class ExportProgress
{
    private readonly ConcurrentDictionary<Guid, ArchiveProgress> running = new();

    public ArchiveProgress? Of(Guid id) => running.TryGetValue(id, out var progress) ? progress : null;

    internal void Set(Guid id, ArchiveProgress progress) => running[id] = progress;

    internal void Done(Guid id) => running.TryRemove(id, out _);
}

/// <summary>
/// Runs exports one at a time in the background, tells the Owner when the archive is ready (a notification and its
/// e-mail, linking to the download), and deletes archives whose link has expired. An export interrupted by a restart
/// runs again.
/// </summary>
public sealed class ExportWorker(
    IDbContextFactory<AppDbContext> contexts, ExportQueue queue, ExportFiles files, ExportProgress progress, ArchiveWriter writer,
    NotificationCenter notifications, TimeProvider clock, ILogger<ExportWorker> logger) : BackgroundService
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await ResumeAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await SweepAsync(stoppingToken);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(TimeSpan.FromHours(1));
            Guid id;
            try
            {
                id = await queue.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                continue;
            }
            await RunAsync(id, stoppingToken);
        }
    }

    public async Task RunAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var job = await db.Set<ExportJob>().SingleOrDefaultAsync(j => j.Id == id && j.State == ExportState.Queued, cancellationToken);
        if (job is null)
        {
            return;
        }
        job.State = ExportState.Running;
        await db.SaveChangesAsync(cancellationToken);
        Directory.CreateDirectory(files.Folder);
        var path = files.PathOf(id);
        var partial = path + ".part";
        try
        {
            ArchiveManifest manifest;
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                manifest = await writer.WriteAsync(file, new Reporter(id, progress), cancellationToken);
            }
            File.Move(partial, path, overwrite: true);
            var now = clock.GetUtcNow().UtcDateTime;
            job.State = ExportState.Ready;
            job.RowsDone = job.RowsTotal = manifest.Tables.Sum(t => t.Rows);
            job.Bytes = new FileInfo(path).Length;
            job.FinishedAtUtc = now;
            job.ExpiresAtUtc = now + LinkLifetime;
            await db.SaveChangesAsync(cancellationToken);
            await notifications.NotifyAsync(NotificationKinds.ExportReady, job.RequestedById, $"/owner/export/{id:N}/download", "", job.FileName, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Export {Export} failed", id);
            File.Delete(partial);
            job.State = ExportState.Failed;
            job.Error = e.Message.Length > ExportJob.ErrorMaxLength ? e.Message[..ExportJob.ErrorMaxLength] : e.Message;
            job.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        finally
        {
            progress.Done(id);
        }
    }

    /// <summary>Deletes the archives whose link has expired.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var id in await db.Set<ExportJob>().Where(j => j.State == ExportState.Ready && j.ExpiresAtUtc <= now).Select(j => j.Id).ToListAsync(cancellationToken))
        {
            File.Delete(files.PathOf(id));
        }
    }

    private async Task ResumeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<ExportJob>().Where(j => j.State == ExportState.Running)
            .ExecuteUpdateAsync(j => j.SetProperty(x => x.State, ExportState.Queued), cancellationToken);
        foreach (var id in await db.Set<ExportJob>().Where(j => j.State == ExportState.Queued).OrderBy(j => j.RequestedAtUtc).Select(j => j.Id).ToListAsync(cancellationToken))
        {
            await queue.Writer.WriteAsync(id, cancellationToken);
        }
    }

    private sealed class Reporter(Guid id, ExportProgress progress) : IProgress<ArchiveProgress>
    {
        public void Report(ArchiveProgress value) => progress.Set(id, value);
    }
}
