namespace MemberHub.Web.Features.Dashboard.Lifecycle;

public enum LifecyclePhase
{
    Launch,
    Growth,
    Maturity,
    Decline,
}

/// <summary>One period of the community's curves (a quarter: 90 days), oldest first.</summary>
public sealed record PeriodFigures(DateOnly Start, DateOnly End, int MembersAtStart, int Joined, int Ended, int ActiveMembers, int Posts)
{
    public int MembersAtEnd => MembersAtStart + Joined - Ended;

    public int NetGrowth => Joined - Ended;

    /// <summary>Of the members there at the period's end, the share who wrote something in it.</summary>
    public double ActiveShare => MembersAtEnd <= 0 ? 0 : (double)ActiveMembers / MembersAtEnd;

    public double PostsPerMember => MembersAtEnd <= 0 ? 0 : (double)Posts / MembersAtEnd;
}

/// <summary>The phase, and the figures that decided it (the page words them).</summary>
public sealed record LifecycleVerdict(LifecyclePhase Phase, int AgeDays, PeriodFigures? Latest, PeriodFigures? Before);

/// <summary>
/// Reads the community's phase from its own curves, as DOMAIN.md describes operators doing it: launch for the first
/// 90 days (or before a full period of members); decline when the active share and posts per member fall two periods
/// running, or more leave than join while either falls; growth when net growth is clearly positive (at least a tenth
/// of the members at the period's start) and joins hold up (at least 80 % of the period before); maturity otherwise,
/// joins and leaves close.
/// </summary>
public static class LifecycleReading
{
    public const int LaunchDays = 90;
    public const double ClearGrowth = 0.10;
    public const double JoinsHoldUp = 0.8;

    public static LifecycleVerdict Read(IReadOnlyList<PeriodFigures> periods, int ageDays)
    {
        var latest = periods.Count > 0 ? periods[^1] : null;
        var before = periods.Count > 1 ? periods[^2] : null;
        if (ageDays < LaunchDays || latest is null || before is null || before.MembersAtEnd == 0)
        {
            return new LifecycleVerdict(LifecyclePhase.Launch, ageDays, latest, before);
        }
        var shareFalls = Falls(periods, p => p.ActiveShare);
        var postsFall = Falls(periods, p => p.PostsPerMember);
        var fellLately = latest.ActiveShare < before.ActiveShare || latest.PostsPerMember < before.PostsPerMember;
        if ((shareFalls && postsFall) || (latest.Ended > latest.Joined && fellLately))
        {
            return new LifecycleVerdict(LifecyclePhase.Decline, ageDays, latest, before);
        }
        var clearlyGrowing = latest.NetGrowth >= Math.Max(1, ClearGrowth * latest.MembersAtStart);
        if (clearlyGrowing && latest.Joined >= JoinsHoldUp * before.Joined)
        {
            return new LifecycleVerdict(LifecyclePhase.Growth, ageDays, latest, before);
        }
        return new LifecycleVerdict(LifecyclePhase.Maturity, ageDays, latest, before);
    }

    // Fell in each of the last two periods (three periods needed to say so).
    private static bool Falls(IReadOnlyList<PeriodFigures> periods, Func<PeriodFigures, double> figure) =>
        periods.Count >= 3 && figure(periods[^1]) < figure(periods[^2]) && figure(periods[^2]) < figure(periods[^3]);
}
