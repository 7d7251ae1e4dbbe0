using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.Billing;

public enum MembershipStatus
{
    /// <summary>Checkout started, first payment not confirmed.</summary>
    Incomplete,
    Trialing,
    Active,
    PastDue,
    Ended,
}

public enum MembershipSource
{
    Stripe,
    Complimentary,
    /// <summary>A fixed-term pass paid once: access until <see cref="Membership.CurrentPeriodEndUtc"/>, no renewal by itself.</summary>
    Pass,
}

/// <summary>
/// A user's membership. Its state moves only through <see cref="Apply"/> (Stripe's subscription, from an event or
/// a re-read), <see cref="GrantComplimentary"/> and <see cref="End"/>; pages never set it directly.
/// </summary>
public sealed class Membership
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public int TierId { get; set; }
    public Tier? Tier { get; set; }
    public MembershipSource Source { get; set; }
    public MembershipStatus Status { get; set; }

    public string? StripeSubscriptionId { get; set; }
    public string? StripePriceId { get; set; }
    public BillingInterval? Interval { get; set; }
    public DateTime? CurrentPeriodEndUtc { get; set; }
    public DateTime? TrialEndUtc { get; set; }
    public bool CancelAtPeriodEnd { get; set; }
    public DateTime? PastDueSinceUtc { get; set; }
    public DateTime? EndedAtUtc { get; set; }
    public DateTime? ComplimentaryUntilUtc { get; set; }

    /// <summary>The <c>created</c> time of the newest Stripe state applied; older events must not roll it back.</summary>
    public DateTime? StripeStateAtUtc { get; set; }

    /// <summary>A downgrade the member asked for, taking effect when the paid period ends (display only; Stripe applies it).</summary>
    public int? ScheduledTierId { get; set; }

    public DateTime StartedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? LastReconciledAtUtc { get; set; }

    /// <summary>
    /// When the member last wrote, voted or signed up for a talk (kept by the dashboard's participation log, outside this
    /// entity's saves): the renewal forecast and the engagement panel read it from the row instead of every activity table.
    /// </summary>
    public DateTime? LastTookPartAtUtc { get; set; }

    /// <summary>Takes Stripe's view of the subscription, unless a newer one was already applied. Returns false when stale.</summary>
    public bool Apply(SubscriptionSnapshot subscription, int tierId, DateTime observedAtUtc, DateTime nowUtc)
    {
        if (StripeSubscriptionId == subscription.SubscriptionId && StripeStateAtUtc is { } applied && observedAtUtc < applied)
        {
            return false;
        }
        var status = MapStatus(subscription.Status);
        var replacesCurrent = StripeSubscriptionId != subscription.SubscriptionId || Source != MembershipSource.Stripe;
        if (replacesCurrent && status == MembershipStatus.Ended && Status != MembershipStatus.Ended)
        {
            // The end of some other (older) subscription says nothing about the membership held now.
            return false;
        }
        if (replacesCurrent)
        {
            // A new subscription (first join or re-join) replaces whatever came before.
            StartedAtUtc = status is MembershipStatus.Ended ? StartedAtUtc : nowUtc;
            ComplimentaryUntilUtc = null;
        }
        if (replacesCurrent || tierId == ScheduledTierId || status == MembershipStatus.Ended)
        {
            ScheduledTierId = null;
        }
        Source = MembershipSource.Stripe;
        StripeSubscriptionId = subscription.SubscriptionId;
        TierId = tierId;
        StripePriceId = subscription.PriceId ?? StripePriceId;
        Interval = subscription.Interval ?? Interval;
        CurrentPeriodEndUtc = subscription.CurrentPeriodEndUtc ?? CurrentPeriodEndUtc;
        TrialEndUtc = subscription.TrialEndUtc;
        CancelAtPeriodEnd = subscription.CancelAtPeriodEnd;
        PastDueSinceUtc = status == MembershipStatus.PastDue ? PastDueSinceUtc ?? observedAtUtc : null;
        EndedAtUtc = status == MembershipStatus.Ended ? subscription.EndedAtUtc ?? observedAtUtc : null;
        Status = status;
        StripeStateAtUtc = observedAtUtc;
        UpdatedAtUtc = nowUtc;
        return true;
    }

    /// <summary>A payment failed: access continues through the grace period while Stripe retries.</summary>
    public bool MarkPaymentFailed(DateTime observedAtUtc, DateTime nowUtc)
    {
        if (StripeStateAtUtc is { } applied && observedAtUtc < applied || Status is MembershipStatus.Ended)
        {
            return false;
        }
        Status = MembershipStatus.PastDue;
        PastDueSinceUtc ??= observedAtUtc;
        StripeStateAtUtc = observedAtUtc;
        UpdatedAtUtc = nowUtc;
        return true;
    }

    /// <summary>A payment succeeded: a past-due or incomplete membership is active again.</summary>
    public bool MarkPaid(DateTime? periodEndUtc, DateTime observedAtUtc, DateTime nowUtc)
    {
        if (StripeStateAtUtc is { } applied && observedAtUtc < applied || Status is MembershipStatus.Ended)
        {
            return false;
        }
        if (Status is MembershipStatus.PastDue or MembershipStatus.Incomplete)
        {
            Status = MembershipStatus.Active;
        }
        PastDueSinceUtc = null;
        if (periodEndUtc > CurrentPeriodEndUtc || CurrentPeriodEndUtc is null)
        {
            CurrentPeriodEndUtc = periodEndUtc;
        }
        StripeStateAtUtc = observedAtUtc;
        UpdatedAtUtc = nowUtc;
        return true;
    }

    public void ScheduleDowngrade(int tierId, DateTime nowUtc)
    {
        ScheduledTierId = tierId;
        UpdatedAtUtc = nowUtc;
    }

    public void GrantComplimentary(int tierId, DateTime untilUtc, DateTime nowUtc)
    {
        if (Status is MembershipStatus.Ended or MembershipStatus.Incomplete || Source == MembershipSource.Complimentary)
        {
            StartedAtUtc = nowUtc;
        }
        Source = MembershipSource.Complimentary;
        TierId = tierId;
        Status = MembershipStatus.Active;
        ComplimentaryUntilUtc = untilUtc;
        CurrentPeriodEndUtc = untilUtc;
        StripeSubscriptionId = null;
        StripePriceId = null;
        Interval = null;
        TrialEndUtc = null;
        CancelAtPeriodEnd = false;
        PastDueSinceUtc = null;
        EndedAtUtc = null;
        StripeStateAtUtc = null;
        ScheduledTierId = null;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>A pass was paid: access until <paramref name="untilUtc"/> (the caller extends from the old end, see PassTerm).</summary>
    public void ExtendPass(int tierId, DateTime untilUtc, DateTime nowUtc)
    {
        // Continuing access keeps the member's start; coming back after it ran out is a new start (as a new subscription is).
        var running = Status is not (MembershipStatus.Ended or MembershipStatus.Incomplete)
            && (Source == MembershipSource.Complimentary ? ComplimentaryUntilUtc : CurrentPeriodEndUtc) > nowUtc;
        if (!running)
        {
            StartedAtUtc = nowUtc;
        }
        Source = MembershipSource.Pass;
        TierId = tierId;
        Status = MembershipStatus.Active;
        CurrentPeriodEndUtc = untilUtc;
        ComplimentaryUntilUtc = null;
        StripeSubscriptionId = null;
        StripePriceId = null;
        Interval = null;
        TrialEndUtc = null;
        CancelAtPeriodEnd = false;
        PastDueSinceUtc = null;
        EndedAtUtc = null;
        StripeStateAtUtc = null;
        ScheduledTierId = null;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Free days on a membership MemberHub keeps itself (a pass or a complimentary period), after its current end.</summary>
    public void AddFreeDays(int days, DateTime nowUtc)
    {
        var until = ((Source == MembershipSource.Complimentary ? ComplimentaryUntilUtc : CurrentPeriodEndUtc) is { } end && end > nowUtc ? end : nowUtc).AddDays(days);
        if (Source == MembershipSource.Complimentary)
        {
            ComplimentaryUntilUtc = until;
        }
        CurrentPeriodEndUtc = until;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>A referral reward reversed after it was given: its days come off the end, as far as they are still ahead.</summary>
    public void TakeBackFreeDays(int days, DateTime nowUtc)
    {
        var complimentary = Source == MembershipSource.Complimentary;
        if ((complimentary ? ComplimentaryUntilUtc : CurrentPeriodEndUtc) is not { } end || end <= nowUtc)
        {
            return;
        }
        var until = end.AddDays(-days);
        if (until <= nowUtc && Source == MembershipSource.Pass)
        {
            ShortenPass(null, nowUtc);
            return;
        }
        until = until > nowUtc ? until : nowUtc;
        if (complimentary)
        {
            ComplimentaryUntilUtc = until;
        }
        CurrentPeriodEndUtc = until;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>A pass payment was refunded: its days come off the end, and the pass ends now if none are left.</summary>
    public void ShortenPass(DateTime? untilUtc, DateTime nowUtc)
    {
        if (untilUtc is { } until)
        {
            CurrentPeriodEndUtc = until;
            UpdatedAtUtc = nowUtc;
            return;
        }
        CurrentPeriodEndUtc = nowUtc;
        End(nowUtc);
    }

    public void End(DateTime nowUtc)
    {
        Status = MembershipStatus.Ended;
        EndedAtUtc = nowUtc;
        CancelAtPeriodEnd = false;
        UpdatedAtUtc = nowUtc;
    }

    public static MembershipStatus MapStatus(string stripeStatus) => stripeStatus switch
    {
        "trialing" => MembershipStatus.Trialing,
        "active" => MembershipStatus.Active,
        "past_due" => MembershipStatus.PastDue,
        "incomplete" => MembershipStatus.Incomplete,
        // unpaid: retries are exhausted; paused, canceled, incomplete_expired: no service.
        _ => MembershipStatus.Ended,
    };
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> membership)
    {
        membership.ToTable("Memberships");
        membership.HasIndex(m => m.UserId).IsUnique();
        membership.HasIndex(m => m.StripeSubscriptionId);
        // Renewals due by a date: the forecast reads who renews, whether they cancelled and took part lately from the index alone.
        membership.HasIndex(m => new { m.Status, m.CurrentPeriodEndUtc, m.Source, m.CancelAtPeriodEnd, m.LastTookPartAtUtc });
        // Trials ending in a range, and whether they paid, on the Owner's dashboard.
        membership.HasIndex(m => new { m.TrialEndUtc, m.Source, m.Status, m.EndedAtUtc });
        // Joins, ends and members at a date on the Owner's dashboard, counted from these indexes alone.
        membership.HasIndex(m => new { m.StartedAtUtc, m.EndedAtUtc, m.Status });
        membership.HasIndex(m => new { m.EndedAtUtc, m.StartedAtUtc, m.Status });
        membership.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        membership.Property(m => m.Source).HasConversion<string>().HasMaxLength(16);
        membership.Property(m => m.Interval).HasConversion<string>().HasMaxLength(8);
        membership.Property(m => m.StripeSubscriptionId).HasMaxLength(255);
        membership.Property(m => m.StripePriceId).HasMaxLength(255);
        membership.HasOne(m => m.Tier).WithMany().HasForeignKey(m => m.TierId).OnDelete(DeleteBehavior.Restrict);
        membership.HasOne<ApplicationUser>().WithOne().HasForeignKey<Membership>(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
