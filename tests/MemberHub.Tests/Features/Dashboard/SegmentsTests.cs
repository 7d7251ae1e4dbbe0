using MemberHub.Web.Features.Dashboard.Engagement;

namespace MemberHub.Tests.Features.Dashboard;

public class SegmentsTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(20, 2)]
    [InlineData(50_000, 5_000)]
    public void The_core_holds_a_tenth_of_the_members_rounded_up(int members, int coreSize) =>
        Assert.Equal(coreSize, Segments.CoreSize(members));
}
