using MemberHub.Web.Features.Dashboard.Experts;

namespace MemberHub.Tests.Features.Dashboard;

public class ExpertsReportRulesTests
{
    private static readonly TimeSpan[] Waits = [.. new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }.Select(h => TimeSpan.FromHours(h))];

    [Theory]
    [InlineData(0.5, 5)]
    [InlineData(0.9, 9)]
    [InlineData(0.95, 10)]
    [InlineData(0.01, 1)]
    public void Percentiles_are_by_nearest_rank(double share, int hours)
    {
        Assert.Equal(TimeSpan.FromHours(hours), ExpertsReport.Percentile(Waits, share));
    }

    [Fact]
    public void No_answered_question_has_no_percentile()
    {
        Assert.Null(ExpertsReport.Percentile([], 0.5));
    }

    [Theory]
    [InlineData(23.9, WaitingAge.UnderADay)]
    [InlineData(24, WaitingAge.OneToThreeDays)]
    [InlineData(71.9, WaitingAge.OneToThreeDays)]
    [InlineData(72, WaitingAge.ThreeToSevenDays)]
    [InlineData(168, WaitingAge.OverAWeek)]
    public void A_waiting_question_falls_in_its_age_band(double hours, WaitingAge age)
    {
        Assert.Equal(age, ExpertsReport.AgeOf(TimeSpan.FromHours(hours)));
    }
}
