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
    /// <summary>The phases that open the community.</summary>
    public static readonly MembershipPhase[] WithAccess = [MembershipPhase.Trial, MembershipPhase.Active, MembershipPhase.EndingAtPeriodEnd, MembershipPhase.Grace];

    /// <summary>The phases a Stripe subscription is billed in (a trial is not, yet).</summary>
    public static readonly MembershipPhase[] Billed = [MembershipPhase.Active, MembershipPhase.EndingAtPeriodEnd, MembershipPhase.Grace];

    public static bool GivesAccess(this MembershipPhase phase) => WithAccess.Contains(phase);

    /// <summary>Whether a membership in this phase pays: billed by Stripe (complimentary ones never are).</summary>
    public static bool Pays(MembershipPhase phase, MembershipSource source) => source == MembershipSource.Stripe && Billed.Contains(phase);

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
        if (membership.Source == MembershipSource.Pass)
        {
            return membership.Status != MembershipStatus.Ended && membership.CurrentPeriodEndUtc > nowUtc
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
            : m.Source == MembershipSource.Pass
                ? (m.Status != MembershipStatus.Ended && m.CurrentPeriodEndUtc > nowUtc ? MembershipPhase.Active : MembershipPhase.Lapsed)
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

    /// <summary>
    /// A query projection given each membership's phase at <paramref name="nowUtc"/> beside its own columns, so a report
    /// groups by phase and anything else in one pass: <c>WithPhase(now, grace, (m, phase) => new { phase, m.TierId })</c>.
    /// </summary>
    public static Expression<Func<Membership, TRow>> WithPhase<TRow>(DateTime nowUtc, TimeSpan grace, Expression<Func<Membership, MembershipPhase, TRow>> row)
    {
        var phase = At(nowUtc, grace);
        var membership = row.Parameters[0];
        var phaseOfRow = new Substitute(phase.Parameters[0], membership).Visit(phase.Body);
        return Expression.Lambda<Func<Membership, TRow>>(new Substitute(row.Parameters[1], phaseOfRow).Visit(row.Body), membership);
    }

    private sealed class Substitute(ParameterExpression parameter, Expression by) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? by : node;
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
