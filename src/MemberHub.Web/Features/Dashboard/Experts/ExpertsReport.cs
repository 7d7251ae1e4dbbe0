using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard.Experts;

public enum WaitingAge
{
    UnderADay,
    OneToThreeDays,
    ThreeToSevenDays,
    OverAWeek,
}

public sealed record ExpertWork(string UserId, string Name, int Answers, int Accepted);

public sealed record ExpertsSnapshot(
    int Asked, int AnsweredByExperts, TimeSpan? MedianFirstAnswer, TimeSpan? P90FirstAnswer,
    IReadOnlyDictionary<WaitingAge, int> Waiting, IReadOnlyList<ExpertWork> Experts)
{
    public double? AnsweredShare => Asked == 0 ? null : (double)AnsweredByExperts / Asked;
}

/// <summary>
/// How fast the resident experts answer: for the questions asked in the range, the time to the first expert answer
/// (median and 90th percentile, nearest rank); the questions still waiting for one now, by age; and each expert's
/// answers in the range and how many of them were accepted.
/// </summary>
public sealed class ExpertsReport(IDbContextFactory<AppDbContext> contexts, MemberAccess access, TimeProvider clock, IStringLocalizer<DashboardText> text)
{
    public async Task<Outcome<ExpertsSnapshot>> ReadAsync(string? userId, ReportRange range, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<ExpertsSnapshot>.Refused(text["OwnerOnly"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listed = db.Set<Question>().AsNoTracking().Where(q => !q.IsHidden && !q.IsDeleted);
        // Counted and ranked in the database: the range's questions never come back one by one.
        var askedInRange = listed.Where(q => q.CreatedAtUtc >= range.StartUtc && q.CreatedAtUtc < range.EndUtc);
        var asked = await askedInRange.CountAsync(cancellationToken);
        var answered = askedInRange.Where(q => q.FirstExpertAnswerAtUtc != null);
        var answeredCount = await answered.CountAsync(cancellationToken);
        // Both percentiles from one sort of the waits, ranked in the database (nearest rank, counted from one).
        var (medianRank, p90Rank) = (NearestRank(0.5, answeredCount), NearestRank(0.9, answeredCount));
        var (start, end) = (range.StartUtc, range.EndUtc);
        // A wait in days: SQLite keeps the dates as text (julianday), PostgreSQL as timestamps (an interval's seconds).
        var days = db.Database.IsNpgsql()
            ? """CAST(EXTRACT(EPOCH FROM "FirstExpertAnswerAtUtc" - "CreatedAtUtc") / 86400.0 AS double precision)"""
            : """julianday("FirstExpertAnswerAtUtc") - julianday("CreatedAtUtc")""";
        // Only the expression above is spliced in, one of two constants; every value is a parameter.
        var sql = $$"""
            SELECT "Rank", "Days" FROM (
                SELECT ROW_NUMBER() OVER (ORDER BY "Days") AS "Rank", "Days" FROM (
                    SELECT {{days}} AS "Days" FROM "Questions"
                    WHERE NOT "IsHidden" AND NOT "IsDeleted" AND "CreatedAtUtc" >= {0} AND "CreatedAtUtc" < {1} AND "FirstExpertAnswerAtUtc" IS NOT NULL) AS "w") AS "r"
            WHERE "Rank" IN ({2}, {3})
            """;
        var ranked = answeredCount == 0 ? [] : await db.Database.SqlQueryRaw<RankedWait>(sql, start, end, medianRank, p90Rank).ToListAsync(cancellationToken);
        TimeSpan? At(int rank) => ranked.FirstOrDefault(r => r.Rank == rank) is { } found ? TimeSpan.FromSeconds(Math.Round(found.Days * 86_400)) : null;
        var (median, p90) = (At(medianRank), At(p90Rank));
        var waitingNow = listed.Where(q => q.State == QuestionState.Open && q.FirstExpertAnswerAtUtc == null);
        // Each age band counted in the database, its edges taken from the same table as AgeOf.
        var waiting = new Dictionary<WaitingAge, int>();
        for (var band = 0; band < AgeBands.Length; band++)
        {
            DateTime? askedBy = band == 0 ? null : now - AgeBands[band].From;
            DateTime? askedAfter = band + 1 < AgeBands.Length ? now - AgeBands[band + 1].From : null;
            waiting[AgeBands[band].Age] = await waitingNow
                .CountAsync(q => (askedBy == null || q.CreatedAtUtc <= askedBy) && (askedAfter == null || q.CreatedAtUtc > askedAfter), cancellationToken);
        }
        // Accepted answers as one set the database builds once, not a search of every question per answer.
        var acceptedIds = db.Set<Question>().Where(q => q.AcceptedAnswerId != null).Select(q => q.AcceptedAnswerId!.Value);
        var work = await db.Set<Answer>().AsNoTracking()
            .Where(a => a.ByExpert && !a.IsSummary && !a.IsDeleted && a.CreatedAtUtc >= range.StartUtc && a.CreatedAtUtc < range.EndUtc)
            .GroupBy(a => a.AuthorId)
            .Select(g => new { AuthorId = g.Key, Answers = g.Count(), Accepted = g.Count(a => acceptedIds.Contains(a.Id)) })
            .ToListAsync(cancellationToken);
        var names = await DisplayNames.OfAsync(db, work.Select(w => w.AuthorId), cancellationToken);
        return Outcome<ExpertsSnapshot>.Ok(new ExpertsSnapshot(
            asked, answeredCount, median, p90, waiting,
            work.Select(w => new ExpertWork(w.AuthorId, names.GetValueOrDefault(w.AuthorId, "?"), w.Answers, w.Accepted))
                .OrderByDescending(w => w.Answers).ThenBy(w => w.Name, StringComparer.CurrentCulture).ToList()));
    }

    /// <summary>The nearest-rank percentile of sorted values: the smallest value at least <paramref name="share"/> of them do not exceed.</summary>
    public static TimeSpan? Percentile(IReadOnlyList<TimeSpan> sorted, double share) =>
        sorted.Count == 0 ? null : sorted[NearestRank(share, sorted.Count) - 1];

    /// <summary>The rank (from one) of the nearest-rank percentile among <paramref name="count"/> sorted values.</summary>
    public static int NearestRank(double share, int count) => Math.Max(1, (int)Math.Ceiling(share * count));

    private sealed record RankedWait(long Rank, double Days);

    /// <summary>The age bands of a waiting question, youngest first, each from how long it has waited until the next one's start.</summary>
    private static readonly (WaitingAge Age, TimeSpan From)[] AgeBands =
    [
        (WaitingAge.UnderADay, TimeSpan.Zero),
        (WaitingAge.OneToThreeDays, TimeSpan.FromDays(1)),
        (WaitingAge.ThreeToSevenDays, TimeSpan.FromDays(3)),
        (WaitingAge.OverAWeek, TimeSpan.FromDays(7)),
    ];

    public static WaitingAge AgeOf(TimeSpan waited) =>
        AgeBands.Where(band => band.From == TimeSpan.Zero || waited >= band.From).Last().Age;
}
