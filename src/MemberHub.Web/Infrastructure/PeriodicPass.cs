using MemberHub.Web.Infrastructure.Jobs;

namespace MemberHub.Web.Infrastructure;

/// <summary>
/// Work a feature does on the app's clock rather than on a request (talk reminders, waiting-question alerts): one pass
/// at start-up to catch up, then one every <see cref="Interval"/>. A failing pass is logged and tried again next time.
/// Where several instances share the database, only the one holding the job's lease runs it.
/// </summary>
public abstract class PeriodicPass(JobLeases leases, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    protected TimeProvider Clock => clock;

    protected ILogger Logger => logger;

    /// <summary>One pass; returns how much it did (logged when more than nothing).</summary>
    protected abstract Task<int> PassAsync(CancellationToken cancellationToken);

    /// <summary>One pass if this instance holds (or takes) the job's lease; null when another instance runs the job.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken cancellationToken)
    {
        // Two intervals: a holder that misses one pass keeps the job; one that has stopped gives it up soon after.
        if (!await leases.TryTakeAsync(GetType().Name, Interval * 2, cancellationToken))
        {
            return null;
        }
        var done = await PassAsync(cancellationToken);
        if (done > 0)
        {
            logger.LogInformation("{Pass} did {Count}", GetType().Name, done);
        }
        return done;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Pass} failed; trying again in {Interval}", GetType().Name, Interval);
            }
            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
