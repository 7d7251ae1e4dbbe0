using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;

namespace MemberHub.Tests.Features.Memberships;

/// <summary>The access policy as a table: every role × every membership state × tier rank below, at and above the requirement.</summary>
public class AccessRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Grace = TimeSpan.FromDays(7);
    private const int Required = 20;

    public enum Role { Visitor, SignedIn, Expert, Moderator, Owner }

    /// <summary>Each membership state, and whether it gives a paying member access (before tier rank is considered).</summary>
    public static readonly (string Name, Func<Membership?> Make, MembershipPhase Phase)[] States =
    [
        ("none", () => null, MembershipPhase.None),
        ("checkout pending", () => Stripe(MembershipStatus.Incomplete), MembershipPhase.Pending),
        ("trialing", () => Stripe(MembershipStatus.Trialing, trialEnd: Now.AddDays(3)), MembershipPhase.Trial),
        ("trial long over", () => Stripe(MembershipStatus.Trialing, trialEnd: Now.AddDays(-30)), MembershipPhase.Lapsed),
        ("active", () => Stripe(MembershipStatus.Active), MembershipPhase.Active),
        ("active, renewal webhook late (within grace)", () => Stripe(MembershipStatus.Active, periodEnd: Now.AddDays(-1)), MembershipPhase.Active),
        ("active, period long over (stale)", () => Stripe(MembershipStatus.Active, periodEnd: Now.AddDays(-30)), MembershipPhase.Lapsed),
        ("past due within grace", () => Stripe(MembershipStatus.PastDue, pastDueSince: Now.AddDays(-2)), MembershipPhase.Grace),
        ("past due beyond grace", () => Stripe(MembershipStatus.PastDue, pastDueSince: Now.AddDays(-8)), MembershipPhase.Lapsed),
        ("canceled, period not over", () => Stripe(MembershipStatus.Active, cancelAtPeriodEnd: true), MembershipPhase.EndingAtPeriodEnd),
        ("canceled, period over", () => Stripe(MembershipStatus.Active, cancelAtPeriodEnd: true, periodEnd: Now.AddMinutes(-1)), MembershipPhase.Lapsed),
        ("ended", () => Stripe(MembershipStatus.Ended), MembershipPhase.Lapsed),
        ("complimentary", () => Complimentary(Now.AddDays(30)), MembershipPhase.Active),
        ("complimentary expired", () => Complimentary(Now.AddDays(-1)), MembershipPhase.Lapsed),
    ];

    public static TheoryData<Role, string, int> Cases()
    {
        var data = new TheoryData<Role, string, int>();
        foreach (var role in Enum.GetValues<Role>())
        {
            foreach (var state in States)
            {
                foreach (var rank in new[] { Required - 10, Required, Required + 10 })
                {
                    if (role != Role.Visitor || state.Name == "none")
                    {
                        data.Add(role, state.Name, rank);
                    }
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Member_content_decision(Role role, string stateName, int tierRank)
    {
        var state = States.Single(s => s.Name == stateName);
        var viewer = role == Role.Visitor
            ? Viewer.Anonymous
            : new Viewer("user-1", RolesOf(role), state.Make(), state.Make() is null ? 0 : tierRank);

        var decision = AccessRules.MemberContent(viewer, Required, Now, Grace);

        Assert.Equal(state.Phase, decision.Phase);
        Assert.Equal(Expected(role, state.Phase, tierRank), decision.Refusal);
    }

    // The table's answer column, written out rather than computed by the code under test.
    private static AccessRefusal Expected(Role role, MembershipPhase phase, int tierRank) => role switch
    {
        Role.Visitor => AccessRefusal.SignIn,
        Role.Owner or Role.Expert or Role.Moderator => AccessRefusal.None,
        _ => phase switch
        {
            MembershipPhase.None => AccessRefusal.Join,
            MembershipPhase.Pending => AccessRefusal.PaymentPending,
            MembershipPhase.Lapsed => AccessRefusal.Renew,
            _ => tierRank < Required ? AccessRefusal.Upgrade : AccessRefusal.None,
        },
    };

    [Theory]
    [InlineData(Role.Visitor, AccessRefusal.SignIn)]
    [InlineData(Role.SignedIn, AccessRefusal.StaffOnly)]
    [InlineData(Role.Expert, AccessRefusal.StaffOnly)]
    [InlineData(Role.Moderator, AccessRefusal.StaffOnly)]
    [InlineData(Role.Owner, AccessRefusal.None)]
    public void Owner_only_actions(Role role, AccessRefusal expected)
    {
        var viewer = role == Role.Visitor ? Viewer.Anonymous : new Viewer("user-1", RolesOf(role), Stripe(MembershipStatus.Active), 100);
        Assert.Equal(expected, AccessRules.OwnerOnly(viewer).Refusal);
    }

    private static string[] RolesOf(Role role) => role switch
    {
        Role.Owner => [AppRoles.Owner],
        Role.Expert => [AppRoles.Expert],
        Role.Moderator => [AppRoles.Moderator],
        _ => [],
    };

    private static Membership Stripe(MembershipStatus status, DateTime? periodEnd = null, DateTime? trialEnd = null,
        DateTime? pastDueSince = null, bool cancelAtPeriodEnd = false) => new()
        {
            UserId = "user-1",
            Source = MembershipSource.Stripe,
            Status = status,
            StripeSubscriptionId = "sub_1",
            CurrentPeriodEndUtc = periodEnd ?? Now.AddDays(20),
            TrialEndUtc = trialEnd,
            PastDueSinceUtc = pastDueSince,
            CancelAtPeriodEnd = cancelAtPeriodEnd,
            Interval = BillingInterval.Month,
        };

    private static Membership Complimentary(DateTime until) => new()
    {
        UserId = "user-1",
        Source = MembershipSource.Complimentary,
        Status = MembershipStatus.Active,
        ComplimentaryUntilUtc = until,
        CurrentPeriodEndUtc = until,
    };
}
