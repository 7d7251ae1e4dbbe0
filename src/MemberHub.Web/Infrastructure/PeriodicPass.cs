namespace MemberHub.Web.Infrastructure;

/// <summary>
/// Work a feature does on the app's clock rather than on a request (talk reminders, waiting-question alerts): one pass
/// at start-up to catch up, then one every <see cref="Interval"/>. A failing pass is logged and tried again next time.
/// </summary>
public abstract class PeriodicPass(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass; returns how much it did (logged when more than nothing).</summary>
    protected abstract Task<int> PassAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var done = await PassAsync(stoppingToken);
                if (done > 0)
                {
                    logger.LogInformation("{Pass} did {Count}", GetType().Name, done);
                }
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
