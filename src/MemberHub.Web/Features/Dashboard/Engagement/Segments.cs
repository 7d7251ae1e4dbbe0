namespace MemberHub.Web.Features.Dashboard.Engagement;

public enum Segment
{
    Lurker,
    Interactive,
    Core,
}

/// <summary>
/// The engagement split operators watch (about 70 % read, 20 % take part, 10 % lead): core are the tenth of members
/// with the most points earned in the window (at least one point; rounded up, so a small community has a core of one;
/// ties at the edge go to the lower user id, so the answer does not change between two reads), interactive are the
/// others who wrote, voted or signed up for a talk, lurkers the rest. <see cref="EngagementReport"/> counts them in the
/// database.
/// </summary>
public static class Segments
{
    public static readonly IReadOnlyDictionary<Segment, double> RuleOfThumb =
        new Dictionary<Segment, double> { [Segment.Lurker] = 0.7, [Segment.Interactive] = 0.2, [Segment.Core] = 0.1 };

    /// <summary>How many members the core may hold in a community of <paramref name="members"/>.</summary>
    public static int CoreSize(int members) => (int)Math.Ceiling(members * RuleOfThumb[Segment.Core]);
}
