using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts.Funnel;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard.Funnel;

/// <summary>People per stage: how many reached each, in stage order.</summary>
public sealed record StageCounts(IReadOnlyList<int> Counts)
{
    // Declared first: static initialisers run in the order they are written.
    public static readonly JoiningStep[] Stages = Enum.GetValues<JoiningStep>();

    public static StageCounts Empty { get; } = new(new int[Stages.Length]);

    public int this[JoiningStep stage] => Counts[(int)stage];

    /// <summary>Of the people at the stage before, the share who reached this one (null for the first stage or nobody before).</summary>
    public double? Conversion(JoiningStep stage) => stage == 0 || this[stage - 1] == 0 ? null : (double)this[stage] / this[stage - 1];

    public StageCounts Plus(StageCounts other) => new(Counts.Zip(other.Counts, (a, b) => a + b).ToList());
}

public sealed record FunnelSnapshot(StageCounts Total, IReadOnlyList<(DateOnly Start, DateOnly End, StageCounts Counts)> Buckets,
    IReadOnlyList<(string? Source, StageCounts Counts)> Sources);

/// <summary>
/// Where the joining funnel leaks: the people first seen in the range (a visit, or a sign-up without one), how many of
/// them reached each step, by the bucket they were first seen in and by where they came from. Counted in the database,
/// grouped by day; only the days and sources come back.
/// </summary>
public sealed class FunnelReport(IDbContextFactory<AppDbContext> contexts, MemberAccess access, TimeProvider clock, IStringLocalizer<DashboardText> text)
{
    public async Task<Outcome<FunnelSnapshot>> ReadAsync(string? userId, ReportRange range, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<FunnelSnapshot>.Refused(text["OwnerOnly"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var settled = now.AddDays(-30);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cohort = db.Set<FunnelStep>().AsNoTracking().Where(s => s.FirstSeenOn >= range.From && s.FirstSeenOn <= range.To);
        var steps = await cohort
            .GroupBy(s => new { Day = s.FirstSeenOn, s.Step, s.Source })
            .Select(g => new { g.Key.Step, g.Key.Source, g.Key.Day, People = g.Count() })
            .ToListAsync(cancellationToken);
        // Still a member 30 days after the first payment: counted once those 30 days have passed.
        var kept = await (
                from s in cohort
                where s.Step == JoiningStep.Paid && s.AtUtc <= settled
                join m in db.Set<Membership>() on s.PersonKey equals m.UserId
                where m.EndedAtUtc == null || m.EndedAtUtc >= s.AtUtc.AddDays(30)
                group s by new { s.Source, Day = s.FirstSeenOn } into g
                select new { g.Key.Source, g.Key.Day, People = g.Count() })
            .ToListAsync(cancellationToken);
        var rows = steps.Select(s => (Source: (string?)s.Source, s.Day, Stage: s.Step, s.People))
            .Concat(kept.Select(k => (Source: (string?)k.Source, k.Day, Stage: JoiningStep.StillActiveAfter30Days, k.People)))
            .ToList();
        StageCounts Count(IEnumerable<(string? Source, DateOnly Day, JoiningStep Stage, int People)> selected)
        {
            var counts = new int[StageCounts.Stages.Length];
            foreach (var row in selected)
            {
                counts[(int)row.Stage] += row.People;
            }
            return new StageCounts(counts);
        }
        return Outcome<FunnelSnapshot>.Ok(new FunnelSnapshot(
            Count(rows),
            range.Buckets().Select(b => (b.Start, b.End, Count(rows.Where(r => r.Day >= b.Start && r.Day <= b.End)))).ToList(),
            rows.GroupBy(r => r.Source).Select(g => (Source: g.Key, Counts: Count(g))).OrderByDescending(s => s.Counts[JoiningStep.Visited] + s.Counts[JoiningStep.SignedUp])
                .ThenBy(s => s.Source, StringComparer.Ordinal).ToList()));
    }
}
