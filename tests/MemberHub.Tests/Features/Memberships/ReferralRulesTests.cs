using MemberHub.Web.Features.Memberships.Referrals;

namespace MemberHub.Tests.Features.Memberships;

public class ReferralRulesTests
{
    private static readonly DateTime Paid = new(2027, 3, 15, 12, 0, 0, DateTimeKind.Utc);

    private static RewardDecision Decide(string referrer = "a", string referrerEmail = "ann@acme.test", string invited = "b", string invitedEmail = "bo@mail.test",
        bool sameDomainRule = false, int thisMonth = 0, params ReferralCampaign[] campaigns) =>
        ReferralRules.Decide(referrer, referrerEmail, invited, invitedEmail,
            new ReferralProgram { RewardDays = 30, MonthlyCap = 3, RefuseSameEmailDomain = sameDomainRule }, campaigns, thisMonth, Paid);

    [Fact]
    public void A_first_payment_through_another_members_link_earns_the_programmes_reward_after_the_hold()
    {
        Assert.Equal(new RewardDecision(RewardState.Pending, null, 30, null), Decide());
    }

    [Fact]
    public void Inviting_oneself_is_refused()
    {
        Assert.Equal((RewardState.Refused, ReferralRules.Self), (Decide(invited: "a").State, Decide(invited: "a").Reason));
    }

    [Theory]
    [InlineData(true, "ann@acme.test", "bo@ACME.test", ReferralRules.SameDomain)]
    [InlineData(false, "ann@acme.test", "bo@acme.test", null)]
    [InlineData(true, "ann@acme.test", "bo@other.test", null)]
    [InlineData(true, "ann@qq.com", "bo@QQ.com", null)] // a public mail service: strangers share it
    public void The_same_email_domain_is_refused_only_when_the_owner_says_so_and_not_for_public_mail(bool rule, string referrerEmail, string invitedEmail, string? reason)
    {
        Assert.Equal(reason, Decide(referrerEmail: referrerEmail, invitedEmail: invitedEmail, sameDomainRule: rule).Reason);
    }

    [Fact]
    public void Paying_with_the_referrers_own_card_is_refused_before_the_other_rules()
    {
        var decision = ReferralRules.Decide("a", "ann@acme.test", "b", "bo@acme.test",
            new ReferralProgram { RewardDays = 30, MonthlyCap = 0, RefuseSameEmailDomain = true }, [], 5, Paid, sameCard: true);

        Assert.Equal((RewardState.Refused, ReferralRules.SameCard), (decision.State, decision.Reason));
    }

    [Fact]
    public void A_credit_programme_rewards_its_credit_or_a_running_campaigns_and_keeps_the_days_for_referrers_without_a_subscription()
    {
        var program = new ReferralProgram { RewardDays = 30, RewardKind = RewardKind.Credit, RewardCredit = 20, MonthlyCap = 3 };
        var running = new ReferralCampaign { Name = "Double", StartsAtUtc = Paid.AddDays(-1), EndsAtUtc = Paid.AddDays(1), RewardDays = 60, RewardCredit = 40 };
        var daysOnly = new ReferralCampaign { Name = "Days", StartsAtUtc = Paid.AddDays(-1), EndsAtUtc = Paid.AddDays(1), RewardDays = 45 };

        Assert.Equal((20m, 30), Pair(ReferralRules.Decide("a", null, "b", null, program, [], 0, Paid)));
        Assert.Equal((40m, 60), Pair(ReferralRules.Decide("a", null, "b", null, program, [running], 0, Paid)));
        Assert.Equal((20m, 45), Pair(ReferralRules.Decide("a", null, "b", null, program, [daysOnly], 0, Paid)));
        Assert.Null(Decide().Credit);

        static (decimal?, int) Pair(RewardDecision decision) => (decision.Credit, decision.Days);
    }

    [Theory]
    [InlineData(2, null)]
    [InlineData(3, ReferralRules.Cap)]
    public void The_monthly_cap_refuses_rewards_beyond_it(int thisMonth, string? reason)
    {
        Assert.Equal(reason, Decide(thisMonth: thisMonth).Reason);
    }

    [Fact]
    public void A_running_campaign_sets_the_reward_and_an_ended_one_does_not()
    {
        var running = new ReferralCampaign { Name = "Spring push", StartsAtUtc = Paid.AddDays(-1), EndsAtUtc = Paid.AddDays(1), RewardDays = 90 };
        var ended = new ReferralCampaign { Name = "Winter push", StartsAtUtc = Paid.AddDays(-30), EndsAtUtc = Paid.AddDays(-1), RewardDays = 60 };

        Assert.Equal((90, "Spring push"), (Decide(campaigns: [running, ended]).Days, Decide(campaigns: [running, ended]).Campaign));
        Assert.Equal((30, (string?)null), (Decide(campaigns: [ended]).Days, Decide(campaigns: [ended]).Campaign));
    }

    [Theory]
    [InlineData("ref:abcd2345", "abcd2345")]
    [InlineData("newsletter", null)]
    [InlineData("ref:", null)]
    [InlineData(null, null)]
    public void The_code_comes_from_the_funnel_source(string? source, string? code)
    {
        Assert.Equal(code, ReferralRules.CodeOf(source));
    }

    [Fact]
    public void Codes_are_eight_readable_characters_and_the_cap_counts_by_calendar_month()
    {
        var code = ReferralRules.NewCode();
        Assert.Matches("^[a-km-np-z2-9]{8}$", code);
        Assert.Equal((new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2027, 4, 1, 0, 0, 0, DateTimeKind.Utc)), ReferralRules.MonthOf(Paid));
        Assert.Equal("acme.test", ReferralRules.Domain(" Ann@ACME.test"));
        Assert.Null(ReferralRules.Domain("no-at-sign"));
    }
}
