using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Introductions;
using MemberHub.Web.Features.Community.Seasons;
using MemberHub.Web.Features.Dashboard.Revenue;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard.Seasons;

/// <summary>
/// One season beside the others: who was a member during it, who joined, how many of them are still members in the next
/// season (once it has begun), and how much they wrote.
/// </summary>
public sealed record SeasonFigures(
    string Name, DateOnly Starts, DateOnly Ends, int Members, int Joined, int? RenewedIntoNext, double? RenewalRate, int Posts, double PostsPerMember);

/// <summary>The Owner's season comparison: a handful of counted queries per season (a community has few).</summary>
public sealed class SeasonReport(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, SeasonArchive archive, TimeProvider clock, IStringLocalizer<DashboardText> text)
{
    public async Task<Outcome<IReadOnlyList<SeasonFigures>>> ReadAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<IReadOnlyList<SeasonFigures>>.Refused(text["OwnerOnly"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var seasons = await archive.AllAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var figures = new List<SeasonFigures>();
        foreach (var season in seasons.Where(s => s.StartsAtUtc <= now))
        {
            var (start, end) = (season.StartsAtUtc, season.EndsAtUtc);
            var members = db.Set<Membership>().Where(m => m.StartedAtUtc < end && (m.EndedAtUtc == null || m.EndedAtUtc > start));
            var memberCount = await members.CountAsync(cancellationToken);
            var joined = await members.CountAsync(m => m.StartedAtUtc >= start, cancellationToken);
            int? renewed = null;
            if (SeasonRules.Next(seasons, season) is { } next && next.StartsAtUtc <= now)
            {
                // Still a member when the next season began (the same membership, or one taken up again before its start).
                var nextStart = next.StartsAtUtc;
                renewed = await members.CountAsync(m => m.EndedAtUtc == null || m.EndedAtUtc > nextStart, cancellationToken);
            }
            var posts = await db.Set<Question>().CountAsync(q => q.CreatedAtUtc >= start && q.CreatedAtUtc < end && !q.IsDeleted, cancellationToken)
                        + await db.Set<Answer>().CountAsync(a => a.CreatedAtUtc >= start && a.CreatedAtUtc < end && !a.IsDeleted, cancellationToken)
                        + await db.Set<Introduction>().CountAsync(i => i.CreatedAtUtc >= start && i.CreatedAtUtc < end, cancellationToken);
            figures.Add(new SeasonFigures(season.Name(Cultures.IsChinese), DateOnly.FromDateTime(start), DateOnly.FromDateTime(end), memberCount, joined,
                renewed, renewed is { } r && memberCount > 0 ? (double)r / memberCount : null, posts, memberCount == 0 ? 0 : (double)posts / memberCount));
        }
        return Outcome<IReadOnlyList<SeasonFigures>>.Ok(figures);
    }
}

/// <summary>The season comparison as a dashboard table (and its CSV).</summary>
public static class SeasonTables
{
    public static readonly string[] Names = ["seasons"];

    public static DashboardTable Of(string name, IReadOnlyList<SeasonFigures> seasons, IStringLocalizer<DashboardText> text) => name switch
    {
        "seasons" => new(name,
            [text["Seasons.Season"], text["Range.From"], text["Range.To"], text["Seasons.Members"], text["Seasons.Joined"], text["Seasons.Renewed"],
                text["Seasons.RenewalRate"], text["Seasons.Posts"], text["Lifecycle.PostsPerMember"]],
            seasons.Select(s => RevenueTables.Row(s.Name, s.Starts.ToString("yyyy-MM-dd"), s.Ends.ToString("yyyy-MM-dd"), s.Members, s.Joined, s.RenewedIntoNext,
                s.RenewalRate, s.Posts, Math.Round((decimal)s.PostsPerMember, 1))).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a season table"),
    };
}
