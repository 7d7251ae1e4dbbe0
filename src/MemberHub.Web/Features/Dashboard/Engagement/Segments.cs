namespace MemberHub.Web.Features.Dashboard.Engagement;

public enum Segment
{
    Lurker,
    Interactive,
    Core,
}

/// <summary>
/// The engagement split operators watch (about 70 % read, 20 % take part, 10 % lead): core are the tenth of members
/// with the most points earned in the window (at least one point; rounded up, so a small community has a core of one),
/// interactive are the others who wrote, voted or signed up for a talk, lurkers the rest.
/// </summary>
public static class Segments
{
    public static readonly IReadOnlyDictionary<Segment, double> RuleOfThumb =
        new Dictionary<Segment, double> { [Segment.Lurker] = 0.7, [Segment.Interactive] = 0.2, [Segment.Core] = 0.1 };

    public static IReadOnlyDictionary<string, Segment> Of(IReadOnlyCollection<string> members, IReadOnlyDictionary<string, int> points, IReadOnlySet<string> active)
    {
        var coreSize = (int)Math.Ceiling(members.Count * RuleOfThumb[Segment.Core]);
        var core = members.Where(m => points.GetValueOrDefault(m) > 0)
            .OrderByDescending(m => points[m]).ThenBy(m => m, StringComparer.Ordinal).Take(coreSize).ToHashSet();
        return members.ToDictionary(m => m, m => core.Contains(m) ? Segment.Core : active.Contains(m) ? Segment.Interactive : Segment.Lurker);
    }
}
