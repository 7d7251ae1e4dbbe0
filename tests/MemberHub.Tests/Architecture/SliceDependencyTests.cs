using MemberHub.Web.Data;

namespace MemberHub.Tests.Architecture;

/// <summary>Features may lean on each other one way only, and infrastructure on none of them (issue 13).</summary>
public sealed class SliceDependencyTests
{
    private static readonly SliceGraph Web = SliceGraph.Of(typeof(AppDbContext));

    [Fact]
    public void No_feature_uses_a_feature_that_uses_it_back()
    {
        var cycles = Web.Cycles();

        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(Describe)));
    }

    /// <summary>The line in docs/decisions/0005: each feature uses only those before it.</summary>
    private static readonly string[] Line =
        ["Accounts", "Notifications", "Memberships", "Community", "Content", "Talks", "Questions", "Dashboard", "Portability", "Demo"];

    [Fact]
    public void Each_feature_uses_only_features_before_it_in_the_line()
    {
        var features = Web.Slices.Where(slice => slice.StartsWith("Features.", StringComparison.Ordinal)).Select(slice => slice["Features.".Length..]);
        Assert.Equal(Line.Order(), features.Order());

        var backwards = Line.SelectMany((from, place) => Web.UsedBy("Features." + from)
                .Where(to => to.StartsWith("Features.", StringComparison.Ordinal) && Array.IndexOf(Line, to["Features.".Length..]) > place)
                .Select(to => $"Features.{from} → {to}: {Web.Why("Features." + from, to)}"))
            .ToList();

        Assert.True(backwards.Count == 0, string.Join("\n", backwards));
    }

    [Fact]
    public void Infrastructure_uses_no_feature()
    {
        var used = Web.UsedBy("Infrastructure").Where(slice => slice.StartsWith("Features.", StringComparison.Ordinal)).ToList();

        Assert.True(used.Count == 0, string.Join("\n", used.Select(to => $"Infrastructure → {to}: {Web.Why("Infrastructure", to)}")));
    }

    [Fact]
    public void The_graph_sees_uses_inside_method_bodies()
    {
        // The board asks the access policy from inside its commands; a graph of signatures alone would miss it.
        Assert.Contains("Features.Memberships", Web.UsedBy("Features.Questions"));
        Assert.Contains("Features.Accounts", Web.UsedBy("Features.Talks"));
    }

    [Fact]
    public void A_cycle_through_three_slices_is_found()
    {
        var graph = SliceGraph.From(("A", "B"), ("B", "C"), ("C", "A"), ("C", "D"));

        Assert.Equal([["A", "B", "C"]], graph.Cycles());
    }

    [Fact]
    public void Slices_used_one_way_are_no_cycle()
    {
        var graph = SliceGraph.From(("A", "B"), ("A", "C"), ("B", "C"));

        Assert.Empty(graph.Cycles());
    }

    private static string Describe(List<string> cycle) =>
        $"{string.Join(" ⇄ ", cycle)}:\n" + string.Join("\n", cycle.SelectMany(from => Web.UsedBy(from).Where(cycle.Contains)
            .Select(to => $"  {from} → {to}: {Web.Why(from, to)}")));
}
