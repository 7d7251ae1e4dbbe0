using MemberHub.Web.Features.Memberships.Access;

namespace MemberHub.Web.Features.Community.Seasons;

public enum SeasonRefusal
{
    None,
    EndBeforeStart,
    Overlaps,
    /// <summary>A season that has ended is an archive: its dates no longer move.</summary>
    Ended,
}

/// <summary>The seasons' rules as pure functions: which archive holds a post, who may read it, what an Owner may save.</summary>
public static class SeasonRules
{
    /// <summary>The ended season a post written at <paramref name="writtenAtUtc"/> belongs to, if any (its archive is read-only).</summary>
    public static Season? ArchiveHolding(IEnumerable<Season> seasons, DateTime writtenAtUtc, DateTime nowUtc) =>
        seasons.FirstOrDefault(s => s.HasEnded(nowUtc) && s.Holds(writtenAtUtc));

    /// <summary>Staff, members who joined before the season ended, and everyone when the Owner opened the archive to later members.</summary>
    public static bool MayRead(Season archive, Viewer viewer) =>
        archive.ArchiveOpenToLaterMembers || viewer.IsStaff && !viewer.IsBanned || viewer.Membership?.StartedAtUtc < archive.EndsAtUtc;

    /// <summary>The windows of ended seasons this viewer may not read (for list queries).</summary>
    public static IReadOnlyList<Season> ClosedTo(IEnumerable<Season> seasons, Viewer viewer, DateTime nowUtc) =>
        seasons.Where(s => s.HasEnded(nowUtc) && !MayRead(s, viewer)).ToList();

    public static SeasonRefusal Check(Season? existing, DateTime startsAtUtc, DateTime endsAtUtc, IEnumerable<Season> others, DateTime nowUtc)
    {
        if (existing is not null && existing.HasEnded(nowUtc) && (existing.StartsAtUtc != startsAtUtc || existing.EndsAtUtc != endsAtUtc))
        {
            return SeasonRefusal.Ended;
        }
        if (endsAtUtc <= startsAtUtc)
        {
            return SeasonRefusal.EndBeforeStart;
        }
        return others.Any(o => o.Id != existing?.Id && o.StartsAtUtc < endsAtUtc && startsAtUtc < o.EndsAtUtc) ? SeasonRefusal.Overlaps : SeasonRefusal.None;
    }

    /// <summary>The season that follows <paramref name="season"/> (the one its members are invited to renew into).</summary>
    public static Season? Next(IEnumerable<Season> seasons, Season season) =>
        seasons.Where(s => s.StartsAtUtc >= season.EndsAtUtc).OrderBy(s => s.StartsAtUtc).FirstOrDefault();
}
