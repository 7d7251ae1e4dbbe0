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

    private static bool Before(DateTime? deadline, TimeSpan grace, DateTime nowUtc) => deadline is null || deadline.Value + grace > nowUtc;
}
