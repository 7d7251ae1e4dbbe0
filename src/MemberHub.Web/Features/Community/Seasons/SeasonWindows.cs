using System.Linq.Expressions;

namespace MemberHub.Web.Features.Community.Seasons;

/// <summary>Leaves out of a query what was written inside some seasons' windows (archives a viewer may not read, or that take no more work).</summary>
public static class SeasonWindows
{
    // One condition per season: a community has few.
    public static IQueryable<T> OutsideSeasons<T>(this IQueryable<T> rows, IEnumerable<Season> seasons, Expression<Func<T, DateTime>> writtenAtUtc)
    {
        foreach (var season in seasons)
        {
            var outside = Expression.OrElse(
                Expression.LessThan(writtenAtUtc.Body, Expression.Constant(season.StartsAtUtc)),
                Expression.GreaterThanOrEqual(writtenAtUtc.Body, Expression.Constant(season.EndsAtUtc)));
            rows = rows.Where(Expression.Lambda<Func<T, bool>>(outside, writtenAtUtc.Parameters));
        }
        return rows;
    }
}
