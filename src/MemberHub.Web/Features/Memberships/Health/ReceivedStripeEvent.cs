using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.Health;

/// <summary>How an event reached the processor.</summary>
public enum EventVia
{
    Webhook,
    /// <summary>Local test mode playing Stripe.</summary>
    TestMode,
    /// <summary>The Owner replayed a stored event from the billing health panel.</summary>
    Replay,
}

/// <summary>What became of an event: the processor's outcomes, or a failure Stripe will retry.</summary>
public enum ReceivedResult
{
    Applied,
    Ignored,
    UnhandledType,
    Failed,
}

/// <summary>
/// One event as it was received and what became of it, with its body kept for a replay. A re-delivery of an event
/// already applied is answered without a row, so an event has one row per attempt that did something or failed.
/// </summary>
public sealed class ReceivedStripeEvent
{
    public const int ErrorMaxLength = 500;
    /// <summary>Rows older than this are pruned: the panel is for what happens now, Stripe keeps the history.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(90);

    public long Id { get; set; }
    public string EventId { get; set; } = "";
    public string Type { get; set; } = "";
    public EventVia Via { get; set; }
    public ReceivedResult Result { get; set; }
    public DateTime ReceivedAtUtc { get; set; }
    public double ProcessingMs { get; set; }
    public string? Error { get; set; }
    /// <summary>The customer or subscription the event is about, so the Owner can search for a member's events.</summary>
    public string? ObjectId { get; set; }
    public string Payload { get; set; } = "";

    public static string? Clip(string? error) => error is { Length: > ErrorMaxLength } ? error[..ErrorMaxLength] : error;
}

internal sealed class ReceivedStripeEventConfiguration : IEntityTypeConfiguration<ReceivedStripeEvent>
{
    public void Configure(EntityTypeBuilder<ReceivedStripeEvent> received)
    {
        received.ToTable("ReceivedStripeEvents");
        received.Property(e => e.EventId).HasMaxLength(255);
        received.Property(e => e.Type).HasMaxLength(100);
        received.Property(e => e.Via).HasConversion<string>().HasMaxLength(16);
        received.Property(e => e.Result).HasConversion<string>().HasMaxLength(16);
        received.Property(e => e.Error).HasMaxLength(ReceivedStripeEvent.ErrorMaxLength);
        received.Property(e => e.ObjectId).HasMaxLength(255);
        received.HasIndex(e => e.ReceivedAtUtc);
        received.HasIndex(e => e.EventId);
        received.HasIndex(e => e.ObjectId);
    }
}

/// <summary>Webhook calls refused for a bad or missing signature, counted per day (never one row per call: they may be an attack).</summary>
public sealed class SignatureFailureDay
{
    public DateOnly Day { get; set; }
    public int Count { get; set; }
    public DateTime LastAtUtc { get; set; }
    public string LastReason { get; set; } = "";
}

internal sealed class SignatureFailureDayConfiguration : IEntityTypeConfiguration<SignatureFailureDay>
{
    public void Configure(EntityTypeBuilder<SignatureFailureDay> day)
    {
        day.ToTable("StripeSignatureFailures");
        day.HasKey(d => d.Day);
        day.Property(d => d.LastReason).HasMaxLength(200);
    }
}
