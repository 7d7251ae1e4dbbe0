using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Accounts.Funnel;

/// <summary>The steps from a first look at the price to taking part, in the order a newcomer takes them.</summary>
public enum JoiningStep
{
    Visited,
    SignedUp,
    CheckoutStarted,
    Paid,
    RulesAccepted,
    Introduced,
    FirstPost,

    /// <summary>Not recorded: the funnel counts it from a first payment at least 30 days old and the membership since.</summary>
    StillActiveAfter30Days,
}

/// <summary>
/// A person reached a step of joining, once per person and step. The person is a browser's random visitor key until they
/// sign up, then their user id (their earlier steps move with them). Where they came from (<see cref="Source"/>) and when
/// they were first seen are copied onto every step, so the funnel is counted from this table alone. No IP address is kept.
/// </summary>
public sealed class FunnelStep
{
    public const int KeyMaxLength = 64;
    public const int SourceMaxLength = 48;

    public long Id { get; set; }
    public string PersonKey { get; set; } = "";
    public JoiningStep Step { get; set; }

    /// <summary>The campaign (utm_source) or referral code (ref:…) of the person's first visit; null when they came directly.</summary>
    public string? Source { get; set; }

    public DateTime FirstSeenAtUtc { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>The UTC day of <see cref="FirstSeenAtUtc"/>, worked out by the database (a generated column, never written).</summary>
    public DateOnly FirstSeenOn { get; private set; }
}

internal sealed class FunnelStepConfiguration : IEntityTypeConfiguration<FunnelStep>
{
    public void Configure(EntityTypeBuilder<FunnelStep> step)
    {
        step.ToTable("FunnelSteps");
        step.Property(s => s.PersonKey).HasMaxLength(FunnelStep.KeyMaxLength);
        step.Property(s => s.Step).HasConversion<string>().HasMaxLength(24);
        step.Property(s => s.Source).HasMaxLength(FunnelStep.SourceMaxLength);
        step.HasIndex(s => new { s.PersonKey, s.Step }).IsUnique();
        // The funnel panel groups a range's steps by day, step and source, and follows the paid ones to their membership,
        // from these two indexes alone: the day is kept in them, not cut from a timestamp per row at every read.
        step.Property(s => s.FirstSeenOn).HasComputedColumnSql("date(\"FirstSeenAtUtc\")", stored: false);
        step.HasIndex(s => new { s.FirstSeenOn, s.Step, s.Source });
        step.HasIndex(s => new { s.Step, s.FirstSeenOn, s.AtUtc, s.Source, s.PersonKey });
        // One referrer's funnel (their code is the source) on their referrals page and the Owner's leaderboard.
        step.HasIndex(s => new { s.Source, s.Step });
    }
}
