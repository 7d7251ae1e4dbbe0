using MemberHub.Web.Features.Dashboard.Engagement;

namespace MemberHub.Tests.Features.Dashboard;

public class SegmentsTests
{
    private static readonly string[] Twenty = [.. Enumerable.Range(1, 20).Select(i => $"m{i:00}")];

    [Fact]
    public void The_tenth_with_most_points_lead_those_who_took_part_interact_the_rest_read()
    {
        var points = new Dictionary<string, int> { ["m01"] = 50, ["m02"] = 40, ["m03"] = 30 };
        var active = new HashSet<string> { "m03", "m04" };

        var segments = Segments.Of(Twenty, points, active);

        // A tenth of twenty is two: m01 and m02. m03 has points but not enough to lead; it took part, as did m04.
        Assert.Equal([Segment.Core, Segment.Core, Segment.Interactive, Segment.Interactive], new[] { "m01", "m02", "m03", "m04" }.Select(m => segments[m]));
        Assert.Equal(16, segments.Values.Count(s => s == Segment.Lurker));
    }

    [Fact]
    public void A_small_community_still_has_a_core_of_one_but_nobody_leads_without_points()
    {
        Assert.Equal(Segment.Core, Segments.Of(["a", "b", "c"], new Dictionary<string, int> { ["b"] = 1 }, new HashSet<string>())["b"]);
        Assert.DoesNotContain(Segment.Core, Segments.Of(["a", "b", "c"], new Dictionary<string, int>(), new HashSet<string> { "a" }).Values);
    }

    [Fact]
    public void Ties_at_the_edge_of_the_core_are_decided_the_same_way_every_time()
    {
        var points = Twenty.ToDictionary(m => m, _ => 5);

        var first = Segments.Of(Twenty, points, new HashSet<string>());
        var again = Segments.Of(Twenty.Reverse().ToList(), points, new HashSet<string>());

        Assert.Equal(["m01", "m02"], first.Where(s => s.Value == Segment.Core).Select(s => s.Key).Order());
        Assert.Equal(first.OrderBy(s => s.Key), again.OrderBy(s => s.Key));
    }
}
