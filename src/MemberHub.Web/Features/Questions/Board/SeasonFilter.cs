using MemberHub.Web.Features.Community.Seasons;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Questions outside the given seasons' windows: one condition per season, and a community has few.</summary>
internal static class SeasonFilter
{
    public static IQueryable<Question> Outside(this IQueryable<Question> questions, IEnumerable<Season> seasons)
    {
        foreach (var season in seasons)
        {
            var (start, end) = (season.StartsAtUtc, season.EndsAtUtc);
            questions = questions.Where(q => q.CreatedAtUtc < start || q.CreatedAtUtc >= end);
        }
        return questions;
    }
}
