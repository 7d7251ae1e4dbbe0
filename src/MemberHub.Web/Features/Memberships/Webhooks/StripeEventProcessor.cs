using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Health;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace MemberHub.Web.Features.Memberships.Webhooks;

public enum EventOutcome
{
    Applied,
    Duplicate,
    /// <summary>Known type, but it was older than the state already held, or concerned nobody we know.</summary>
    Ignored,
    UnhandledType,
}

/// <summary>
/// Applies verified Stripe events to memberships, exactly once: each event id is claimed in the same transaction
/// as its effects, so a re-delivery (even a concurrent one) changes nothing. SQLite has one writer, so events are
/// written by a single loop that commits whatever has queued up together (group commit); a batch that fails is
/// retried one event at a time, so one bad event never takes others down and never half-applies.
/// </summary>
public sealed class StripeEventProcessor : IAsyncDisposable
{
    public static readonly string[] HandledTypes =
    [
        EventTypes.CheckoutSessionCompleted, EventTypes.CheckoutSessionAsyncPaymentSucceeded, EventTypes.CustomerSubscriptionCreated, EventTypes.CustomerSubscriptionUpdated,
        EventTypes.CustomerSubscriptionDeleted, EventTypes.InvoicePaid, EventTypes.InvoicePaymentFailed, EventTypes.ChargeRefunded,
        EventTypes.ChargeSucceeded, EventTypes.ChargeDisputeCreated,
    ];

    private const int MaxBatch = 64;

    private readonly IDbContextFactory<AppDbContext> contexts;
    private readonly IBillingGateway gateway;
    private readonly MembershipEvents events;
    private readonly TierPriceDirectory prices;
    private readonly TimeProvider clock;
    private readonly ILogger<StripeEventProcessor> logger;
    private readonly Channel<Work> queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly RecentEventIds recent = new(capacity: 100_000);
    private readonly Thread writer;

    public StripeEventProcessor(IDbContextFactory<AppDbContext> contexts, IBillingGateway gateway, MembershipEvents events,
        TierPriceDirectory prices, TimeProvider clock, ILogger<StripeEventProcessor> logger)
    {
        this.contexts = contexts;
        this.gateway = gateway;
        this.events = events;
        this.prices = prices;
        this.clock = clock;
        this.logger = logger;
        // One dedicated writer thread: SQLite runs synchronously anyway, and sync calls skip async overhead.
        writer = new Thread(WriteLoop) { IsBackground = true, Name = "Stripe event writer" };
        writer.Start();
    }

    public Task<EventOutcome> ProcessAsync(Event stripeEvent, CancellationToken cancellationToken = default) =>
        ProcessAsync(stripeEvent, EventVia.Webhook, json: null, cancellationToken);

    /// <summary>
    /// Applies the event and logs what became of it (<see cref="ReceivedStripeEvent"/>) with its body, as received
    /// (<paramref name="json"/>) or as Stripe.net writes it.
    /// </summary>
    public async Task<EventOutcome> ProcessAsync(Event stripeEvent, EventVia via, string? json, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await ProcessCoreAsync(stripeEvent, new Received(via, json, started), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await RecordFailureAsync(stripeEvent, new Received(via, json, started), e);
            throw;
        }
    }

    private async Task<EventOutcome> ProcessCoreAsync(Event stripeEvent, Received received, CancellationToken cancellationToken)
    {
        // Ids committed recently are known here; the database claim stays the authority for everything else.
        if (recent.Contains(stripeEvent.Id))
        {
            return EventOutcome.Duplicate;
        }
        var handled = HandledTypes.Contains(stripeEvent.Type);
        if (!handled)
        {
            logger.LogInformation("Stripe event {EventId} of type {Type} is not used by MemberHub", stripeEvent.Id, stripeEvent.Type);
        }

        // Anything read from Stripe is read before the transaction, so no write waits on the network
        // (and a re-delivery already applied does not cost an API call).
        SubscriptionSnapshot? live = null;
        if (handled && NeedsLiveRead(stripeEvent))
        {
            if (await AlreadyProcessedAsync(stripeEvent.Id, cancellationToken))
            {
                return EventOutcome.Duplicate;
            }
            live = await ReadLiveSubscriptionAsync(stripeEvent, cancellationToken);
        }

        var work = new Work(stripeEvent, live, handled, received);
        await queue.Writer.WriteAsync(work, cancellationToken);
        return await work.Done.Task;
    }

    private void WriteLoop()
    {
        var batch = new List<Work>(MaxBatch);
        while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var work))
            {
                batch.Add(work);
            }
            try
            {
                Write(batch);
            }
            catch (Exception) when (batch.Count > 1)
            {
                foreach (var work in batch)
                {
                    WriteAlone(work);
                }
            }
            catch (Exception e)
            {
                batch[0].Done.TrySetException(e);
            }
        }
    }

    private void WriteAlone(Work work)
    {
        try
        {
            Write([work]);
        }
        catch (Exception e)
        {
            work.Done.TrySetException(e);
        }
    }

    private void Write(IReadOnlyList<Work> batch)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var results = new List<(Work Work, EventOutcome Outcome, string? UserId)>(batch.Count);
        using (var db = contexts.CreateDbContext())
        {
            using var transaction = db.Database.BeginTransaction();
            // Changes are detected once, at SaveChanges, not on every lookup.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var claimed = EventClaims.Claim(db, batch.Select(w => w.Event), now);
            var memberships = PreloadMemberships(db, batch);
            foreach (var work in batch)
            {
                if (!claimed.Remove(work.Event.Id))
                {
                    results.Add((work, EventOutcome.Duplicate, null));
                    continue;
                }
                if (!work.Handled)
                {
                    results.Add((work, EventOutcome.UnhandledType, null));
                    continue;
                }
                var apply = new EventApplication(db, memberships, work.Event, work.Live, prices, now, logger);
                // The hot path (membership preloaded, tier cached) completes synchronously.
                var userId = apply.RunAsync(CancellationToken.None).GetAwaiter().GetResult();
                results.Add((work, apply.Changed ? EventOutcome.Applied : EventOutcome.Ignored, userId));
            }
            foreach (var (work, outcome, _) in results)
            {
                if (outcome != EventOutcome.Duplicate)
                {
                    db.Add(Row(work.Event, work.Received, now, ResultOf(outcome), error: null));
                }
            }
            db.ChangeTracker.DetectChanges();
            db.SaveChanges();
            transaction.Commit();
        }
        foreach (var (work, outcome, userId) in results)
        {
            recent.Add(work.Event.Id);
            if (userId is not null)
            {
                events.Raise(userId);
            }
            work.Done.TrySetResult(outcome);
        }
    }

    // One query loads every membership the batch touches; the events then find them tracked.
    private static BatchMemberships PreloadMemberships(AppDbContext db, IReadOnlyList<Work> batch)
    {
        var memberships = new BatchMemberships();
        var subscriptionIds = batch.Select(w => SubscriptionIdOf(w.Event) ?? w.Live?.SubscriptionId).OfType<string>().Distinct().ToList();
        if (subscriptionIds.Count > 0)
        {
            foreach (var membership in db.Set<Billing.Membership>().Where(m => subscriptionIds.Contains(m.StripeSubscriptionId!)))
            {
                memberships.Track(membership);
            }
        }
        return memberships;
    }

    private static string? SubscriptionIdOf(Event stripeEvent) => stripeEvent.Data.Object switch
    {
        Subscription subscription => subscription.Id,
        global::Stripe.Checkout.Session session => session.SubscriptionId,
        Invoice invoice => invoice.Parent?.SubscriptionDetails?.SubscriptionId,
        _ => null,
    };

    private static bool NeedsLiveRead(Event stripeEvent) => stripeEvent.Data.Object is global::Stripe.Checkout.Session or Invoice;

    private async Task<bool> AlreadyProcessedAsync(string eventId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<ProcessedStripeEvent>().AnyAsync(e => e.EventId == eventId, cancellationToken);
    }

    /// <summary>
    /// A checkout, or an invoice for a subscription we have not seen yet, carries too little: read the
    /// subscription itself from Stripe. That also makes a paid sign-up whose events arrive in any order end active.
    /// </summary>
    private async Task<SubscriptionSnapshot?> ReadLiveSubscriptionAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        var subscriptionId = SubscriptionIdOf(stripeEvent);
        if (subscriptionId is null)
        {
            return null;
        }
        if (stripeEvent.Data.Object is Invoice)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await db.Set<Billing.Membership>().AnyAsync(m => m.StripeSubscriptionId == subscriptionId, cancellationToken))
            {
                return null;
            }
        }
        return await gateway.GetSubscriptionAsync(subscriptionId, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        writer.Join(TimeSpan.FromSeconds(10));
        return ValueTask.CompletedTask;
    }

    internal static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    /// <summary>Stripe's timestamps have whole seconds; a reading taken now must not look newer than an event of this same second.</summary>
    internal static DateTime WholeSeconds(DateTime value) => new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

    internal static int? ParseId(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private async Task RecordFailureAsync(Event stripeEvent, Received received, Exception failure)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.Add(Row(stripeEvent, received, clock.GetUtcNow().UtcDateTime, ReceivedResult.Failed, $"{failure.GetType().Name}: {failure.Message}"));
            await db.SaveChangesAsync();
        }
        catch (Exception e)
        {
            // The log must never hide the failure it was recording.
            logger.LogError(e, "Could not log the failure of Stripe event {EventId}", stripeEvent.Id);
        }
    }

    private static ReceivedStripeEvent Row(Event stripeEvent, Received received, DateTime now, ReceivedResult result, string? error) => new()
    {
        EventId = stripeEvent.Id ?? "",
        Type = stripeEvent.Type ?? "",
        Via = received.Via,
        Result = result,
        ReceivedAtUtc = now,
        ProcessingMs = Stopwatch.GetElapsedTime(received.Started).TotalMilliseconds,
        Error = ReceivedStripeEvent.Clip(error),
        ObjectId = SubscriptionIdOf(stripeEvent) ?? (stripeEvent.Data?.Object as IHasId)?.Id,
        Payload = received.Json ?? stripeEvent.ToJson(),
    };

    private static ReceivedResult ResultOf(EventOutcome outcome) => outcome switch
    {
        EventOutcome.Applied => ReceivedResult.Applied,
        EventOutcome.UnhandledType => ReceivedResult.UnhandledType,
        _ => ReceivedResult.Ignored,
    };

    private sealed record Received(EventVia Via, string? Json, long Started);

    private sealed record Work(Event Event, SubscriptionSnapshot? Live, bool Handled, Received Received)
    {
        public TaskCompletionSource<EventOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
