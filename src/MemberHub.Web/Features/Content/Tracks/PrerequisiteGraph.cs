namespace MemberHub.Web.Features.Content.Tracks;

/// <summary>
/// Lessons and what each needs finished first. A stage prerequisite stands for every lesson in that stage, so
/// "Beginner 2 needs stage Beginner" is a cycle too: such a lesson could never open.
/// </summary>
public static class PrerequisiteGraph
{
    /// <summary>The lessons of one cycle, in order (first == last), or null when there is none.</summary>
    public static IReadOnlyList<T>? FindCycle<T>(IReadOnlyDictionary<T, IReadOnlyCollection<T>> needs) where T : notnull
    {
        var state = new Dictionary<T, bool>(); // false: on the current path; true: finished
        var path = new List<T>();

        List<T>? Visit(T node)
        {
            if (state.TryGetValue(node, out var finished))
            {
                return finished ? null : [.. path.Skip(path.IndexOf(node)), node];
            }
            state[node] = false;
            path.Add(node);
            foreach (var next in needs.GetValueOrDefault(node) ?? [])
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }
            path.RemoveAt(path.Count - 1);
            state[node] = true;
            return null;
        }

        foreach (var node in needs.Keys)
        {
            if (Visit(node) is { } cycle)
            {
                return cycle;
            }
        }
        return null;
    }

    /// <summary>Expands the prerequisites of a track's lessons into lesson-to-lesson edges.</summary>
    public static IReadOnlyDictionary<T, IReadOnlyCollection<T>> Expand<T>(
        IEnumerable<(T Lesson, string StageKey, IEnumerable<string> Stages, IEnumerable<T> Lessons)> lessons) where T : notnull
    {
        var all = lessons.ToList();
        var byStage = all.ToLookup(l => l.StageKey, l => l.Lesson);
        return all.ToDictionary(l => l.Lesson,
            l => (IReadOnlyCollection<T>)l.Stages.SelectMany(stage => byStage[stage]).Concat(l.Lessons).Distinct().ToList());
    }
}
