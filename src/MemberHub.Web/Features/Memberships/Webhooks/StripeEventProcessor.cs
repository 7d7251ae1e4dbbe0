using System.Globalization;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.Data.Sqlite;
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
/// Applies a verified Stripe event to memberships, exactly once: the event id is stored in the same transaction
/// as its effects, so a re-delivery (even a concurrent one) changes nothing.
/// </summary>
public sealed class StripeEventProcessor(
    IDbContextFactory<AppDbContext> contexts, IBillingGateway gateway, MembershipEvents events,
    TimeProvider clock, ILogger<StripeEventProcessor> logger)
{
    public static readonly string[] HandledTypes =
    [
        EventTypes.CheckoutSessionCompleted, EventTypes.CustomerSubscriptionCreated, EventTypes.CustomerSubscriptionUpdated,
        EventTypes.CustomerSubscriptionDeleted, EventTypes.InvoicePaid, EventTypes.InvoicePaymentFailed,
    ];

    public async Task<EventOutcome> ProcessAsync(Event stripeEvent, CancellationToken cancellationToken = default)
    {
        await using (var check = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await check.Set<ProcessedStripeEvent>().AnyAsync(e => e.EventId == stripeEvent.Id, cancellationToken))
            {
                return EventOutcome.Duplicate;
            }
        }
        if (!HandledTypes.Contains(stripeEvent.Type))
        {
            logger.LogInformation("Stripe event {EventId} of type {Type} is not used by MemberHub", stripeEvent.Id, stripeEvent.Type);
            return await RecordOnlyAsync(stripeEvent, cancellationToken) ? EventOutcome.UnhandledType : EventOutcome.Duplicate;
        }

        // Anything read from Stripe is read before the transaction, so no write lock waits on the network.
        var live = await ReadLiveSubscriptionAsync(stripeEvent, cancellationToken);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new ProcessedStripeEvent { EventId = stripeEvent.Id, Type = stripeEvent.Type, CreatedUtc = Utc(stripeEvent.Created), ProcessedAtUtc = now });
        var apply = new EventApplication(db, stripeEvent, live, now, logger);
        var userId = await apply.RunAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (IsDuplicateKey(e))
        {
            return EventOutcome.Duplicate;
        }
        if (userId is not null)
        {
            events.Raise(userId);
        }
        return apply.Changed ? EventOutcome.Applied : EventOutcome.Ignored;
    }

    private async Task<bool> RecordOnlyAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Add(new ProcessedStripeEvent
        {
            EventId = stripeEvent.Id, Type = stripeEvent.Type, CreatedUtc = Utc(stripeEvent.Created), ProcessedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (IsDuplicateKey(e))
        {
            return false;
        }
    }

    /// <summary>
    /// A checkout, or an invoice for a subscription we have not seen yet, carries too little: read the
    /// subscription itself from Stripe. That also makes a paid sign-up whose events arrive in any order end active.
    /// </summary>
    private async Task<SubscriptionSnapshot?> ReadLiveSubscriptionAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        var subscriptionId = stripeEvent.Data.Object switch
        {
            global::Stripe.Checkout.Session session => session.SubscriptionId,
            Invoice invoice => invoice.Parent?.SubscriptionDetails?.SubscriptionId,
            _ => null,
        };
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

    private static bool IsDuplicateKey(DbUpdateException e) =>
        e.InnerException is SqliteException { SqliteErrorCode: 19 };

    internal static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    /// <summary>Stripe's timestamps have whole seconds; a reading taken now must not look newer than an event of this same second.</summary>
    internal static DateTime WholeSeconds(DateTime value) => new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

    internal static int? ParseId(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
