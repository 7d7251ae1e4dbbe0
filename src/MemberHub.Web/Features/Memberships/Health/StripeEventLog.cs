using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Webhooks;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Stripe;

namespace MemberHub.Web.Features.Memberships.Health;

public sealed record EventSearch(string? Text = null, bool FailuresOnly = false, int Take = 50);

public sealed record EventRow(long Id, string EventId, string Type, EventVia Via, ReceivedResult Result, DateTime ReceivedAtUtc, double ProcessingMs, string? Error, string? ObjectId);

/// <summary>The last 30 days at a glance: events by result, their slowest processing, refused signatures.</summary>
public sealed record EventHealth(IReadOnlyDictionary<ReceivedResult, int> ByResult, double? P95Ms, int SignatureFailures, DateTime? LastSignatureFailureUtc, string? LastSignatureReason)
{
    public int Count(ReceivedResult result) => ByResult.GetValueOrDefault(result);
}

/// <summary>The Owner reads the log of Stripe events as they were received, and replays one through the processor.</summary>
public sealed class StripeEventLog(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, StripeEventProcessor processor, TimeProvider clock, IStringLocalizer<MembershipText> text)
{
    public const int SearchMaxLength = 200;

    public async Task<Outcome<IReadOnlyList<EventRow>>> SearchAsync(string? userId, EventSearch search, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<IReadOnlyList<EventRow>>.Refused(text["Health.OwnerOnly"]);
        }
        var find = search.Text?.Trim() ?? "";
        if (find.Length > SearchMaxLength)
        {
            return Outcome<IReadOnlyList<EventRow>>.Refused(text["Health.SearchTooLong", SearchMaxLength], nameof(EventSearch.Text));
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Set<ReceivedStripeEvent>().AsNoTracking();
        if (search.FailuresOnly)
        {
            rows = rows.Where(e => e.Result == ReceivedResult.Failed);
        }
        if (find.Length > 0)
        {
            // An event or object id, a type, or anything in the body (a customer's id or e-mail).
            var pattern = "%" + find.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            rows = rows.Where(e => e.EventId == find || e.ObjectId == find || EF.Functions.Like(e.Type, pattern, "\\")
                                   || EF.Functions.Like(e.Payload, pattern, "\\"));
        }
        var found = await rows.OrderByDescending(e => e.Id).Take(Math.Clamp(search.Take, 1, 200))
            .Select(e => new EventRow(e.Id, e.EventId, e.Type, e.Via, e.Result, e.ReceivedAtUtc, e.ProcessingMs, e.Error, e.ObjectId))
            .ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<EventRow>>.Ok(found);
    }

    public async Task<Outcome<EventHealth>> HealthAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<EventHealth>.Refused(text["Health.OwnerOnly"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-30);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recent = db.Set<ReceivedStripeEvent>().AsNoTracking().Where(e => e.ReceivedAtUtc >= since);
        var byResult = await recent.GroupBy(e => e.Result).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var total = byResult.Values.Sum();
        double? p95 = total == 0 ? null
            : await recent.OrderBy(e => e.ProcessingMs).Skip((int)Math.Ceiling(total * 0.95) - 1).Select(e => (double?)e.ProcessingMs).FirstOrDefaultAsync(cancellationToken);
        var sinceDay = DateOnly.FromDateTime(since);
        var failures = await db.Set<SignatureFailureDay>().AsNoTracking().Where(d => d.Day >= sinceDay).ToListAsync(cancellationToken);
        var last = failures.MaxBy(d => d.LastAtUtc);
        return Outcome<EventHealth>.Ok(new EventHealth(byResult, p95, failures.Sum(d => d.Count), last?.LastAtUtc, last?.LastReason));
    }

    /// <summary>
    /// Sends the stored body through the processor again. Idempotent: an event already applied is a duplicate and
    /// changes nothing; one that failed is applied now.
    /// </summary>
    public async Task<Outcome<EventOutcome>> ReplayAsync(string? userId, long rowId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<EventOutcome>.Refused(text["Health.OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var payload = await db.Set<ReceivedStripeEvent>().Where(e => e.Id == rowId).Select(e => e.Payload).FirstOrDefaultAsync(cancellationToken);
        if (payload is null)
        {
            return Outcome<EventOutcome>.Refused(text["Health.NoSuchEvent"]);
        }
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ParseEvent(payload, throwOnApiVersionMismatch: false);
        }
        catch (Exception e) when (e is StripeException or Newtonsoft.Json.JsonException or ArgumentException)
        {
            return Outcome<EventOutcome>.Refused(text["Health.Unreadable", e.Message]);
        }
        try
        {
            return Outcome<EventOutcome>.Ok(await processor.ProcessAsync(stripeEvent, EventVia.Replay, payload, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Logged as a failed attempt by the processor; the Owner sees why.
            return Outcome<EventOutcome>.Refused(text["Health.ReplayFailed", e.Message]);
        }
    }

    /// <summary>Drops rows past <see cref="ReceivedStripeEvent.KeptFor"/>; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow().UtcDateTime - ReceivedStripeEvent.KeptFor;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dropped = await db.Set<ReceivedStripeEvent>().Where(e => e.ReceivedAtUtc < before).ExecuteDeleteAsync(cancellationToken);
        var beforeDay = DateOnly.FromDateTime(before);
        await db.Set<SignatureFailureDay>().Where(d => d.Day < beforeDay).ExecuteDeleteAsync(cancellationToken);
        return dropped;
    }
}
