using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Passes;
using MemberHub.Web.Features.Memberships.Tiers;

namespace MemberHub.Tests.Features.Memberships;

public class PassTermTests
{
    private static readonly DateTime T0 = new(2027, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    private static Tier Tier(long? renewal = 14_900, int window = 30) =>
        new() { Id = 1, PassDays = 365, PassAmount = 19_900, PassRenewalAmount = renewal, PassRenewalWindowDays = window, Currency = "cny" };

    [Fact]
    public void A_first_pass_runs_its_days_from_the_payment()
    {
        Assert.Equal(T0.AddDays(365), PassTerm.Extend(null, T0, 365));
    }

    [Fact]
    public void Renewing_early_adds_the_days_after_the_old_end_so_no_day_is_lost()
    {
        var oldEnd = T0.AddDays(10);
        Assert.Equal(oldEnd.AddDays(365), PassTerm.Extend(oldEnd, T0, 365));
    }

    [Fact]
    public void Renewing_late_starts_from_the_payment_not_from_the_old_end()
    {
        var oldEnd = T0.AddDays(-40);
        Assert.Equal(T0.AddDays(365), PassTerm.Extend(oldEnd, T0, 365));
    }

    [Fact]
    public void Renewing_twice_in_a_row_stacks_both_terms()
    {
        var first = PassTerm.Extend(null, T0, 365);
        var second = PassTerm.Extend(first, T0.AddDays(340), 365);
        var third = PassTerm.Extend(second, T0.AddDays(341), 365);
        Assert.Equal(T0.AddDays(365 * 3), third);
    }

    [Theory]
    [InlineData(45, false)] // before the window opens: the full price
    [InlineData(30, true)]
    [InlineData(2, true)]
    [InlineData(-1, false)] // ended: a new pass at the full price
    public void The_early_renewal_price_applies_in_the_window_before_the_end(double daysLeft, bool early)
    {
        var tier = Tier();
        var end = T0.AddDays(daysLeft);
        Assert.Equal(early, PassTerm.IsEarlyRenewal(tier, end, T0));
        Assert.Equal(early ? 14_900 : 19_900, PassTerm.Price(tier, end, T0));
    }

    [Fact]
    public void Without_an_early_renewal_price_a_renewal_costs_the_full_price()
    {
        Assert.Equal(19_900, PassTerm.Price(Tier(renewal: null), T0.AddDays(5), T0));
        Assert.Equal(19_900, PassTerm.Price(Tier(), null, T0));
    }

    [Theory]
    [InlineData(20, null)]
    [InlineData(14, PassTerm.FourteenDays)]
    [InlineData(4, PassTerm.FourteenDays)]
    [InlineData(3, PassTerm.ThreeDays)]
    [InlineData(0.5, PassTerm.ThreeDays)]
    [InlineData(0, null)]
    [InlineData(-2, null)]
    public void Reminders_are_due_fourteen_and_three_days_before_the_end(double daysLeft, string? due)
    {
        Assert.Equal(due, PassTerm.ReminderDue(T0.AddDays(daysLeft), T0));
    }

    [Fact]
    public void A_refund_takes_its_days_back_and_ends_the_pass_when_none_are_left()
    {
        var end = T0.AddDays(300);
        Assert.Equal(T0.AddDays(300 - 200), PassTerm.AfterRefund(end, 200, T0));
        Assert.Null(PassTerm.AfterRefund(end, 365, T0));
    }

    [Fact]
    public void A_pass_gives_access_until_its_end_and_not_after()
    {
        var membership = new Membership { UserId = "u", StartedAtUtc = T0 };
        membership.ExtendPass(1, T0.AddDays(365), T0);

        Assert.Equal(MembershipPhase.Active, MembershipPhases.Of(membership, T0.AddDays(364), TimeSpan.FromDays(7)));
        // No grace after a pass: it was paid for exactly this long.
        Assert.Equal(MembershipPhase.Lapsed, MembershipPhases.Of(membership, T0.AddDays(365).AddMinutes(1), TimeSpan.FromDays(7)));
    }

    [Fact]
    public void A_refund_that_leaves_no_days_ends_the_pass_now()
    {
        var membership = new Membership { UserId = "u", StartedAtUtc = T0 };
        membership.ExtendPass(1, T0.AddDays(365), T0);

        membership.ShortenPass(null, T0.AddDays(3));

        Assert.Equal(MembershipStatus.Ended, membership.Status);
        Assert.Equal(MembershipPhase.Lapsed, MembershipPhases.Of(membership, T0.AddDays(3), TimeSpan.FromDays(7)));
    }

    [Theory]
    [InlineData(100, 70, false)] // 100 days ahead, 30 taken back
    [InlineData(20, 0, true)] // fewer days ahead than the reward: the pass ends now
    public void A_reversed_referral_reward_takes_its_days_off_a_pass_as_far_as_they_are_ahead(int daysAhead, int daysLeft, bool ended)
    {
        var membership = new Membership { UserId = "u", StartedAtUtc = T0 };
        membership.ExtendPass(1, T0.AddDays(daysAhead), T0);

        membership.TakeBackFreeDays(30, T0);

        Assert.Equal((T0.AddDays(daysLeft), ended), (membership.CurrentPeriodEndUtc, membership.Status == MembershipStatus.Ended));
    }

    [Fact]
    public void A_reversed_referral_reward_shortens_a_complimentary_period_and_leaves_a_past_end_alone()
    {
        var complimentary = new Membership { UserId = "u", Source = MembershipSource.Complimentary, ComplimentaryUntilUtc = T0.AddDays(40), CurrentPeriodEndUtc = T0.AddDays(40) };
        var lapsed = new Membership { UserId = "v", StartedAtUtc = T0.AddYears(-1) };
        lapsed.ExtendPass(1, T0.AddDays(-2), T0.AddYears(-1));

        complimentary.TakeBackFreeDays(30, T0);
        lapsed.TakeBackFreeDays(30, T0);

        Assert.Equal((T0.AddDays(10), T0.AddDays(10)), (complimentary.ComplimentaryUntilUtc, complimentary.CurrentPeriodEndUtc));
        Assert.Equal(T0.AddDays(-2), lapsed.CurrentPeriodEndUtc);
    }

    [Fact]
    public void A_pass_bought_long_after_a_subscription_ended_is_a_new_start()
    {
        var membership = new Membership { UserId = "u", StartedAtUtc = T0.AddYears(-2), Status = MembershipStatus.Ended, CurrentPeriodEndUtc = T0.AddYears(-1) };

        membership.ExtendPass(1, T0.AddDays(365), T0);

        Assert.Equal((T0, MembershipStatus.Active, (DateTime?)null), (membership.StartedAtUtc, membership.Status, membership.EndedAtUtc));
    }

    [Fact]
    public void A_pass_after_a_complimentary_period_keeps_the_member_since_date()
    {
        var membership = new Membership { UserId = "u", StartedAtUtc = T0 };
        membership.GrantComplimentary(1, T0.AddDays(30), T0);

        membership.ExtendPass(1, T0.AddDays(30 + 365), T0.AddDays(10));

        Assert.Equal(T0, membership.StartedAtUtc);
        Assert.Equal(MembershipSource.Pass, membership.Source);
    }
}
