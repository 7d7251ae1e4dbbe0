using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;

namespace MemberHub.Tests.Features.Memberships;

public class MembershipTests
{
    private static readonly DateTime T0 = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static SubscriptionSnapshot Subscription(string id = "sub_1", string status = "active", bool cancel = false, DateTime? periodEnd = null, string price = "price_1") =>
        new(id, "cus_1", status, price, BillingInterval.Month, periodEnd ?? T0.AddMonths(1), null, cancel, status == "canceled" ? T0 : null,
            new Dictionary<string, string>());

    [Fact]
    public void Older_state_does_not_overwrite_newer_state()
    {
        var membership = new Membership { UserId = "u" };
        membership.Apply(Subscription(cancel: false), 1, T0.AddMinutes(10), T0);

        var applied = membership.Apply(Subscription(cancel: true), 1, T0.AddMinutes(5), T0);

        Assert.False(applied);
        Assert.False(membership.CancelAtPeriodEnd);
    }

    [Fact]
    public void State_from_the_same_second_is_applied()
    {
        var membership = new Membership { UserId = "u" };
        membership.Apply(Subscription(cancel: false), 1, T0, T0);
        Assert.True(membership.Apply(Subscription(cancel: true), 1, T0, T0));
        Assert.True(membership.CancelAtPeriodEnd);
    }

    [Fact]
    public void The_end_of_an_old_subscription_does_not_end_a_new_one()
    {
        var membership = new Membership { UserId = "u" };
        membership.Apply(Subscription("sub_new"), 1, T0, T0);

        var applied = membership.Apply(Subscription("sub_old", "canceled"), 1, T0.AddMinutes(1), T0);

        Assert.False(applied);
        Assert.Equal("sub_new", membership.StripeSubscriptionId);
        Assert.Equal(MembershipStatus.Active, membership.Status);
    }

    [Fact]
    public void Rejoining_with_a_new_subscription_restarts_the_membership()
    {
        var membership = new Membership { UserId = "u", StartedAtUtc = T0.AddYears(-1) };
        membership.Apply(Subscription("sub_old", "canceled"), 1, T0, T0);

        membership.Apply(Subscription("sub_new"), 2, T0.AddDays(1), T0.AddDays(1));

        Assert.Equal(MembershipStatus.Active, membership.Status);
        Assert.Equal(2, membership.TierId);
        Assert.Equal(T0.AddDays(1), membership.StartedAtUtc);
        Assert.Null(membership.EndedAtUtc);
    }

    [Theory]
    [InlineData("trialing", MembershipStatus.Trialing)]
    [InlineData("active", MembershipStatus.Active)]
    [InlineData("past_due", MembershipStatus.PastDue)]
    [InlineData("incomplete", MembershipStatus.Incomplete)]
    [InlineData("unpaid", MembershipStatus.Ended)]
    [InlineData("canceled", MembershipStatus.Ended)]
    [InlineData("incomplete_expired", MembershipStatus.Ended)]
    [InlineData("paused", MembershipStatus.Ended)]
    public void Stripe_statuses_map_to_membership_statuses(string stripe, MembershipStatus expected) =>
        Assert.Equal(expected, Membership.MapStatus(stripe));

    [Fact]
    public void Payment_failure_and_recovery()
    {
        var membership = new Membership { UserId = "u" };
        membership.Apply(Subscription(), 1, T0, T0);

        Assert.True(membership.MarkPaymentFailed(T0.AddDays(30), T0.AddDays(30)));
        Assert.Equal(MembershipStatus.PastDue, membership.Status);
        Assert.Equal(T0.AddDays(30), membership.PastDueSinceUtc);

        Assert.True(membership.MarkPaid(T0.AddMonths(2), T0.AddDays(31), T0.AddDays(31)));
        Assert.Equal(MembershipStatus.Active, membership.Status);
        Assert.Null(membership.PastDueSinceUtc);
        Assert.Equal(T0.AddMonths(2), membership.CurrentPeriodEndUtc);
        Assert.False(membership.MarkPaymentFailed(T0.AddDays(30), T0.AddDays(32)));
    }

    [Fact]
    public void A_scheduled_downgrade_clears_once_the_tier_changes()
    {
        var membership = new Membership { UserId = "u" };
        membership.Apply(Subscription(price: "price_high"), 2, T0, T0);
        membership.ScheduleDowngrade(1, T0);

        membership.Apply(Subscription(price: "price_low"), 1, T0.AddMonths(1), T0.AddMonths(1));

        Assert.Equal(1, membership.TierId);
        Assert.Null(membership.ScheduledTierId);
    }

    [Fact]
    public void Complimentary_grant_replaces_an_ended_paid_membership()
    {
        var membership = new Membership { UserId = "u" };
        membership.Apply(Subscription(status: "canceled"), 1, T0, T0);

        membership.GrantComplimentary(3, T0.AddMonths(3), T0.AddDays(1));

        Assert.Equal(MembershipSource.Complimentary, membership.Source);
        Assert.Equal(MembershipStatus.Active, membership.Status);
        Assert.Null(membership.StripeSubscriptionId);
        Assert.Equal(3, membership.TierId);
    }
}
