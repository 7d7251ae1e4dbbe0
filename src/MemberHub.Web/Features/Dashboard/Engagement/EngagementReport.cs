using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Memberships;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Dashboard.Engagement;

public sealed record CoreMember(string UserId, string Name, int Points);

public sealed record SilentMember(string UserId, string Name, DateTime? RenewsAtUtc, bool EndsAtPeriodEnd);

/// <summary>
/// The split and the two lists; <see cref="Core"/> and <see cref="Silent"/> may hold only the first of them (the page
/// shows a hundred), <see cref="BySegment"/> and <see cref="SilentCount"/> say how many there are.
/// </summary>
public sealed record EngagementSnapshot(
    int Members, IReadOnlyDictionary<Segment, int> BySegment, IReadOnlyList<CoreMember> Core, IReadOnlyList<SilentMember> Silent, int SilentCount)
{
    public double? Share(Segment segment) => Members == 0 ? null : (double)BySegment.GetValueOrDefault(segment) / Members;
}

/// <summary>
/// Who lurks, who takes part and who leads over the last 30 days, among the members with access now (staff left
/// out), with the core members by points and the paying members who said nothing — the renewal risk — by renewal date.
/// Counted in the database: at 50 000 members only the core (a tenth at most) and the rows listed leave it.
/// </summary>
public sealed class EngagementReport(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, IOptions<MembershipOptions> options, TimeProvider clock, IStringLocalizer<DashboardText> text)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <param name="listed">How many of each list to name (null: all of them, as the CSV download has).</param>
    public async Task<Outcome<EngagementSnapshot>> ReadAsync(string? userId, int? listed = null, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<EngagementSnapshot>.Refused(text["OwnerOnly"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Window;
        var grace = options.Value.Grace;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staff = db.UserRoles.Select(r => r.UserId);
        var members = db.Set<Membership>().AsNoTracking()
            .Where(MembershipPhases.In(now, grace, MembershipPhases.WithAccess))
            .Where(m => !staff.Contains(m.UserId));
        // One pass counts them all, each membership's phase worked out once.
        var billed = MembershipPhases.Billed;
        var counts = await members
            .Select(MembershipPhases.WithPhase(now, grace, (m, phase) => new { Phase = phase, m.Source, TookPart = m.LastTookPartAtUtc >= since }))
            .GroupBy(m => 1)
            .Select(g => new
            {
                Members = g.Count(),
                TookPart = g.Count(m => m.TookPart),
                QuietPayers = g.Count(m => !m.TookPart && m.Source != MembershipSource.Complimentary && billed.Contains(m.Phase)),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var (count, tookPart, quiet) = counts is null ? (0, 0, 0) : (counts.Members, counts.TookPart, counts.QuietPayers);

        // The window's points per member; "|| ''" keeps SQLite from grouping along the user index, which walks every award
        // ever given instead of the window's.
        var points = db.Set<PointAward>().Where(a => a.CreatedAtUtc >= since)
            .GroupBy(a => a.UserId + "").Select(g => new { UserId = g.Key, Points = g.Sum(a => a.Points) });
        var core = await members.Join(points, m => m.UserId, p => p.UserId, (m, p) => new { m.UserId, p.Points, TookPart = m.LastTookPartAtUtc >= since })
            .Where(c => c.Points > 0)
            .OrderByDescending(c => c.Points).ThenBy(c => c.UserId)
            .Take(Segments.CoreSize(count))
            .ToListAsync(cancellationToken);
        var interactive = tookPart - core.Count(c => c.TookPart);
        var bySegment = new Dictionary<Segment, int>
        {
            [Segment.Core] = core.Count,
            [Segment.Interactive] = interactive,
            [Segment.Lurker] = count - core.Count - interactive,
        };

        // The silent are the paying members who said nothing, outside the core (points also come from others' votes on
        // an old answer).
        var coreIds = core.Select(c => c.UserId).ToList();
        var quietPayers = members.Where(MembershipPhases.In(now, grace, MembershipPhases.Billed))
            .Where(m => m.Source != MembershipSource.Complimentary && !(m.LastTookPartAtUtc >= since));
        var silentPayers = quietPayers.Where(m => !EF.Parameter(coreIds).Contains(m.UserId));
        var silentCount = quiet - (coreIds.Count == 0 ? 0 : await quietPayers.CountAsync(m => EF.Parameter(coreIds).Contains(m.UserId), cancellationToken));
        var silent = await silentPayers
            .OrderBy(m => m.CurrentPeriodEndUtc == null).ThenBy(m => m.CurrentPeriodEndUtc).ThenBy(m => m.UserId)
            .Take(listed ?? silentCount)
            .Select(m => new { m.UserId, m.CurrentPeriodEndUtc, m.CancelAtPeriodEnd })
            .ToListAsync(cancellationToken);
        var coreListed = core.Take(listed ?? core.Count).ToList();
        var names = await DisplayNames.OfAsync(db, coreListed.Select(c => c.UserId).Concat(silent.Select(s => s.UserId)), cancellationToken);
        return Outcome<EngagementSnapshot>.Ok(new EngagementSnapshot(count, bySegment,
            [.. coreListed.Select(c => new CoreMember(c.UserId, names.GetValueOrDefault(c.UserId, "?"), c.Points))],
            [.. silent.Select(s => new SilentMember(s.UserId, names.GetValueOrDefault(s.UserId, "?"), s.CurrentPeriodEndUtc, s.CancelAtPeriodEnd))],
            silentCount));
    }
}
