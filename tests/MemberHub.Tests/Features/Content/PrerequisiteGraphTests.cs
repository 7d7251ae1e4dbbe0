using MemberHub.Web.Features.Content.Tracks;

namespace MemberHub.Tests.Features.Content;

public class PrerequisiteGraphTests
{
    private static IReadOnlyList<string>? Cycle(params (string Lesson, string Stage, string[] Stages, string[] Lessons)[] lessons) =>
        PrerequisiteGraph.FindCycle(PrerequisiteGraph.Expand(lessons.Select(l => (l.Lesson, l.Stage, (IEnumerable<string>)l.Stages, (IEnumerable<string>)l.Lessons))));

    [Fact]
    public void A_chain_of_stages_has_no_cycle() =>
        Assert.Null(Cycle(("a", "beginner", [], []), ("b", "intermediate", ["beginner"], []), ("c", "advanced", ["intermediate"], ["a"])));

    [Fact]
    public void Two_lessons_needing_each_other_are_a_cycle()
    {
        var cycle = Cycle(("a", "beginner", [], ["b"]), ("b", "beginner", [], ["a"]));

        Assert.NotNull(cycle);
        Assert.Equal(cycle[0], cycle[^1]);
        Assert.Contains("a", cycle);
        Assert.Contains("b", cycle);
    }

    [Fact]
    public void A_lesson_needing_its_own_stage_is_a_cycle() =>
        Assert.NotNull(Cycle(("a", "beginner", [], []), ("b", "beginner", ["beginner"], [])));

    [Fact]
    public void A_cycle_through_stages_is_found() =>
        Assert.NotNull(Cycle(("a", "beginner", ["advanced"], []), ("b", "intermediate", ["beginner"], []), ("c", "advanced", ["intermediate"], [])));
}
