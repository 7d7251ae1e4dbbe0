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
        var asked = await listed.Where(q => q.CreatedAtUtc >= range.StartUtc && q.CreatedAtUtc < range.EndUtc)
            .Select(q => new { q.CreatedAtUtc, q.FirstExpertAnswerAtUtc }).ToListAsync(cancellationToken);
        var waits = asked.Where(q => q.FirstExpertAnswerAtUtc is not null).Select(q => q.FirstExpertAnswerAtUtc!.Value - q.CreatedAtUtc).Order().ToList();
        var waitingSince = await listed.Where(q => q.State == QuestionState.Open && q.FirstExpertAnswerAtUtc == null)
            .Select(q => q.CreatedAtUtc).ToListAsync(cancellationToken);
        var work = await db.Set<Answer>().AsNoTracking()
            .Where(a => a.ByExpert && !a.IsSummary && !a.IsDeleted && a.CreatedAtUtc >= range.StartUtc && a.CreatedAtUtc < range.EndUtc)
            .GroupBy(a => a.AuthorId)
            .Select(g => new { AuthorId = g.Key, Answers = g.Count(), Accepted = g.Count(a => db.Set<Question>().Any(q => q.AcceptedAnswerId == a.Id)) })
            .ToListAsync(cancellationToken);
        var names = await DisplayNames.OfAsync(db, work.Select(w => w.AuthorId), cancellationToken);
        return Outcome<ExpertsSnapshot>.Ok(new ExpertsSnapshot(
            asked.Count, waits.Count, Percentile(waits, 0.5), Percentile(waits, 0.9),
            Enum.GetValues<WaitingAge>().ToDictionary(age => age, age => waitingSince.Count(since => AgeOf(now - since) == age)),
            work.Select(w => new ExpertWork(w.AuthorId, names.GetValueOrDefault(w.AuthorId, "?"), w.Answers, w.Accepted))
                .OrderByDescending(w => w.Answers).ThenBy(w => w.Name, StringComparer.CurrentCulture).ToList()));
    }

    /// <summary>The nearest-rank percentile of sorted values: the smallest value at least <paramref name="share"/> of them do not exceed.</summary>
    public static TimeSpan? Percentile(IReadOnlyList<TimeSpan> sorted, double share) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];

    public static WaitingAge AgeOf(TimeSpan waited) =>
        waited < TimeSpan.FromDays(1) ? WaitingAge.UnderADay
        : waited < TimeSpan.FromDays(3) ? WaitingAge.OneToThreeDays
        : waited < TimeSpan.FromDays(7) ? WaitingAge.ThreeToSevenDays
        : WaitingAge.OverAWeek;
}
