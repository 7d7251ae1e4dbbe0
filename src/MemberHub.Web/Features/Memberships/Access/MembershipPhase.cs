using System.Linq.Expressions;
using MemberHub.Web.Features.Memberships.Billing;

namespace MemberHub.Web.Features.Memberships.Access;

public enum MembershipPhase
{
    /// <summary>Never joined.</summary>
    None,
    /// <summary>Checkout started, payment not confirmed yet.</summary>
    Pending,
    Trial,
    Active,
    /// <summary>Canceled, with access until the paid period ends.</summary>
    EndingAtPeriodEnd,
    /// <summary>A payment failed; access continues for the grace period while Stripe retries.</summary>
    Grace,
    /// <summary>Ended, expired or out of grace: "renew to continue".</summary>
    Lapsed,
}

public static class MembershipPhases
{
    public static bool GivesAccess(this MembershipPhase phase) =>
        phase is MembershipPhase.Trial or MembershipPhase.Active or MembershipPhase.EndingAtPeriodEnd or MembershipPhase.Grace;

    /// <summary>Where a membership stands at <paramref name="nowUtc"/>; <paramref name="grace"/> also covers late renewal webhooks.</summary>
    public static MembershipPhase Of(Membership? membership, DateTime nowUtc, TimeSpan grace)
    {
        if (membership is null)
        {
            return MembershipPhase.None;
        }
        if (membership.Source == MembershipSource.Complimentary)
        {
            return membership.Status != MembershipStatus.Ended && membership.ComplimentaryUntilUtc > nowUtc
                ? MembershipPhase.Active
                : MembershipPhase.Lapsed;
        }
        return membership.Status switch
        {
            MembershipStatus.Incomplete => MembershipPhase.Pending,
            MembershipStatus.Trialing => Before(membership.TrialEndUtc ?? membership.CurrentPeriodEndUtc, grace, nowUtc)
                ? MembershipPhase.Trial : MembershipPhase.Lapsed,
            MembershipStatus.Active when membership.CancelAtPeriodEnd => Before(membership.CurrentPeriodEndUtc, TimeSpan.Zero, nowUtc)
                ? MembershipPhase.EndingAtPeriodEnd : MembershipPhase.Lapsed,
            MembershipStatus.Active => Before(membership.CurrentPeriodEndUtc, grace, nowUtc)
                ? MembershipPhase.Active : MembershipPhase.Lapsed,
            MembershipStatus.PastDue => Before(membership.PastDueSinceUtc, grace, nowUtc)
                ? MembershipPhase.Grace : MembershipPhase.Lapsed,
            _ => MembershipPhase.Lapsed,
        };
    }

    /// <summary>
    /// <see cref="Of"/> as a query expression, so reports count members by phase in the database instead of loading
    /// every membership; a test holds the two to the same answers.
    /// </summary>
    public static Expression<Func<Membership, MembershipPhase>> At(DateTime nowUtc, TimeSpan grace)
    {
        var graceStart = nowUtc - grace;
        return m => m.Source == MembershipSource.Complimentary
            ? (m.Status != MembershipStatus.Ended && m.ComplimentaryUntilUtc > nowUtc ? MembershipPhase.Active : MembershipPhase.Lapsed)
            : m.Status == MembershipStatus.Incomplete ? MembershipPhase.Pending
            : m.Status == MembershipStatus.Trialing
                ? ((m.TrialEndUtc ?? m.CurrentPeriodEndUtc) == null || (m.TrialEndUtc ?? m.CurrentPeriodEndUtc) > graceStart ? MembershipPhase.Trial : MembershipPhase.Lapsed)
            : m.Status == MembershipStatus.Active && m.CancelAtPeriodEnd
                ? (m.CurrentPeriodEndUtc == null || m.CurrentPeriodEndUtc > nowUtc ? MembershipPhase.EndingAtPeriodEnd : MembershipPhase.Lapsed)
            : m.Status == MembershipStatus.Active
                ? (m.CurrentPeriodEndUtc == null || m.CurrentPeriodEndUtc > graceStart ? MembershipPhase.Active : MembershipPhase.Lapsed)
            : m.Status == MembershipStatus.PastDue
                ? (m.PastDueSinceUtc == null || m.PastDueSinceUtc > graceStart ? MembershipPhase.Grace : MembershipPhase.Lapsed)
            : MembershipPhase.Lapsed;
    }

    /// <summary>Memberships in any of <paramref name="phases"/> at <paramref name="nowUtc"/>, as a query filter.</summary>
    public static Expression<Func<Membership, bool>> In(DateTime nowUtc, TimeSpan grace, params MembershipPhase[] phases)
    {
        var phase = At(nowUtc, grace);
        var asNumber = Expression.Convert(phase.Body, typeof(int));
        // One IN (…) over the phase, so the database works the phase out once per row, not once per phase asked for.
        var test = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
            Expression.Constant(phases.Select(p => (int)p).ToArray()), asNumber);
        return Expression.Lambda<Func<Membership, bool>>(test, phase.Parameters);
    }

    private static bool Before(DateTime? deadline, TimeSpan grace, DateTime nowUtc) => deadline is null || deadline.Value + grace > nowUtc;
}
