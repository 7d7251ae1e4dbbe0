using MemberHub.Web.Features.Dashboard.Lifecycle;

namespace MemberHub.Tests.Features.Dashboard;

/// <summary>The four shapes DOMAIN.md describes, as quarters of members, joins, leaves, people who took part and posts.</summary>
public class LifecycleReadingTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    // (members at start, joined, ended, took part, posts) per quarter, oldest first.
    private static List<PeriodFigures> Quarters(params (int AtStart, int Joined, int Ended, int Active, int Posts)[] quarters) =>
        quarters.Select((q, i) => new PeriodFigures(Start.AddDays(90 * i), Start.AddDays(90 * i + 89), q.AtStart, q.Joined, q.Ended, q.Active, q.Posts)).ToList();

    [Fact]
    public void A_community_in_its_first_ninety_days_is_launching_whatever_its_numbers()
    {
        var verdict = LifecycleReading.Read(Quarters((0, 40, 0, 30, 200)), ageDays: 60);

        Assert.Equal(LifecyclePhase.Launch, verdict.Phase);
        Assert.Equal(60, verdict.AgeDays);
    }

    [Fact]
    public void Joins_clearly_above_leaves_and_holding_up_is_growth()
    {
        // 100 → 140 → 200: net +60 is 43 % of 140, and 70 joins against 50 before.
        var verdict = LifecycleReading.Read(Quarters((60, 50, 10, 40, 300), (100, 50, 10, 50, 420), (140, 70, 10, 70, 600)), ageDays: 300);

        Assert.Equal(LifecyclePhase.Growth, verdict.Phase);
        Assert.Equal(60, verdict.Latest!.NetGrowth);
    }

    [Fact]
    public void Joins_about_equal_to_leaves_with_steady_taking_part_is_maturity()
    {
        // 300 → 302 → 301: a net of +2 and -1 is under a tenth; the share who took part stays about 30 %.
        var verdict = LifecycleReading.Read(Quarters((300, 30, 28, 90, 900), (302, 29, 30, 91, 905), (301, 31, 30, 92, 910)), ageDays: 600);

        Assert.Equal(LifecyclePhase.Maturity, verdict.Phase);
    }

    [Fact]
    public void Taking_part_and_posts_per_member_falling_two_quarters_running_is_decline()
    {
        // Share who took part 40 % → 30 % → 20 %, posts per member 4 → 3 → 2, though members still grow.
        var verdict = LifecycleReading.Read(Quarters((90, 20, 10, 40, 400), (100, 10, 10, 30, 300), (100, 10, 10, 20, 200)), ageDays: 720);

        Assert.Equal(LifecyclePhase.Decline, verdict.Phase);
        Assert.Equal(0.2, verdict.Latest!.ActiveShare, 3);
        Assert.Equal(0.3, verdict.Before!.ActiveShare, 3);
    }

    [Fact]
    public void More_leaving_than_joining_while_taking_part_falls_is_decline_after_one_quarter()
    {
        var verdict = LifecycleReading.Read(Quarters((200, 20, 20, 60, 600), (200, 10, 30, 50, 560)), ageDays: 400);

        Assert.Equal(LifecyclePhase.Decline, verdict.Phase);
    }

    [Fact]
    public void More_leaving_than_joining_while_taking_part_rises_is_not_decline()
    {
        var verdict = LifecycleReading.Read(Quarters((200, 20, 20, 60, 600), (200, 10, 12, 80, 700)), ageDays: 400);

        Assert.Equal(LifecyclePhase.Maturity, verdict.Phase);
    }

    [Fact]
    public void Growth_whose_joins_fell_off_sharply_is_not_called_growth()
    {
        // Net +20 is a tenth of 200, but 25 joins against 100 the quarter before do not hold up.
        var verdict = LifecycleReading.Read(Quarters((100, 100, 0, 50, 300), (200, 25, 5, 100, 600)), ageDays: 400);

        Assert.Equal(LifecyclePhase.Maturity, verdict.Phase);
    }

    [Fact]
    public void An_old_community_without_a_full_quarter_of_members_before_is_still_launching()
    {
        var verdict = LifecycleReading.Read(Quarters((0, 12, 0, 5, 20)), ageDays: 200);

        Assert.Equal(LifecyclePhase.Launch, verdict.Phase);
    }
}
