using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MemberHub.Web.Features.Memberships.TakingPart;

/// <summary>
/// Keeps <see cref="QuarterParticipation"/> and the membership's last moment of taking part as activity is saved, whichever
/// feature saved it: once a save that adds an <see cref="ITakingPart"/> succeeds, its author's row for that quarter is
/// written or moved to the later moment, and so is their membership's. Statements that only ever move forward, so two
/// saves at once cannot collide or undo each other.
/// </summary>
public sealed class ParticipationLog(ILogger<ParticipationLog> logger) : AfterSave<(string UserId, DateTime AtUtc)>
{
    protected override IEnumerable<(string UserId, DateTime AtUtc)> Note(ChangeTracker changes) =>
        changes.Entries<ITakingPart>().Where(e => e.State == EntityState.Added && e.Entity.ParticipantId.Length > 0)
            .Select(e => (e.Entity.ParticipantId, e.Entity.CreatedAtUtc));

    protected override async Task AfterAsync(AppDbContext db, IReadOnlyList<(string UserId, DateTime AtUtc)> items, CancellationToken cancellationToken)
    {
        foreach (var latest in items.GroupBy(i => (i.UserId, Quarter: QuarterParticipation.QuarterOf(i.AtUtc))))
        {
            var (userId, quarter, at) = (latest.Key.UserId, latest.Key.Quarter, latest.Max(i => i.AtUtc));
            try
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "QuarterParticipations" ("QuarterStart", "UserId", "LastAtUtc") VALUES ({quarter}, {userId}, {at})
                    ON CONFLICT ("QuarterStart", "UserId") DO UPDATE SET "LastAtUtc" = excluded."LastAtUtc"
                    WHERE "QuarterParticipations"."LastAtUtc" < excluded."LastAtUtc";
                    UPDATE "Memberships" SET "LastTookPartAtUtc" = {at}
                    WHERE "UserId" = {userId} AND ("LastTookPartAtUtc" IS NULL OR "LastTookPartAtUtc" < {at});
                    """, cancellationToken);
                foreach (var day in latest.Select(i => DateOnly.FromDateTime(i.AtUtc)).Distinct())
                {
                    await db.Database.ExecuteSqlAsync(
                        $"""INSERT INTO "ActiveDays" ("UserId", "Day") VALUES ({userId}, {day}) ON CONFLICT ("UserId", "Day") DO NOTHING""", cancellationToken);
                }
            }
            catch (System.Data.Common.DbException error)
            {
                // The member's post is saved already; a figure on the Owner's dashboard must not undo it (a rebuild restores it).
                logger.LogWarning(error, "Could not record that {UserId} took part in the quarter of {Quarter}", userId, quarter);
            }
        }
    }

    /// <summary>
    /// Rewrites the whole rollup, and each membership's last moment, from the activity tables: for data that reached the database without the app (an import,
    /// the benchmark's generator). The quarter of a moment is the first of its month, minus the months since its quarter began.
    /// </summary>
    public static Task<int> RebuildAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? RebuildSqlPostgres : RebuildSql, cancellationToken);

    /// <summary><see cref="RebuildSql"/> in PostgreSQL's words for a quarter and a day.</summary>
    public static readonly string RebuildSqlPostgres = RebuildSql
        .Replace(SqliteQuarter, "date_trunc('quarter', \"At\" AT TIME ZONE 'UTC')::date", StringComparison.Ordinal)
        .Replace("date(\"At\")", "(\"At\" AT TIME ZONE 'UTC')::date", StringComparison.Ordinal);

    private const string SqliteQuarter = "date(\"At\", 'start of month', '-' || ((CAST(strftime('%m', \"At\") AS INTEGER) - 1) % 3) || ' months')";

    public const string RebuildSql = $"""
        DELETE FROM "QuarterParticipations";
        INSERT INTO "QuarterParticipations" ("QuarterStart", "UserId", "LastAtUtc")
        SELECT {SqliteQuarter}, "Who", max("At")
        FROM (
            SELECT "AuthorId" AS "Who", "CreatedAtUtc" AS "At" FROM "Questions"
            UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "Answers"
            UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "AnswerComments"
            UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "Introductions"
            UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "IntroductionReplies"
            UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "SpeakerQuestions"
            UNION ALL SELECT "UserId", "CreatedAtUtc" FROM "PostVotes"
            UNION ALL SELECT "UserId", "CreatedAtUtc" FROM "TalkRsvps") AS "a"
        WHERE "Who" IN (SELECT "Id" FROM "AspNetUsers")
        GROUP BY 1, 2;
        UPDATE "Memberships" SET "LastTookPartAtUtc" = (SELECT max("LastAtUtc") FROM "QuarterParticipations" AS "p" WHERE "p"."UserId" = "Memberships"."UserId");
        """ + RebuildDaysSql;

    /// <summary>Every member's active days from the activity tables (also what the migration that added them ran once).</summary>
    public const string RebuildDaysSql = """
        DELETE FROM "ActiveDays";
        INSERT INTO "ActiveDays" ("UserId", "Day")
        SELECT DISTINCT "Who", date("At")
        FROM (
            SELECT "AuthorId" AS "Who", "CreatedAtUtc" AS "At" FROM "Questions"
            UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "Answers"
            UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "AnswerComments"
            UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "Introductions"
            UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "IntroductionReplies"
            UNION ALL SELECT "AuthorId", "CreatedAtUtc" FROM "SpeakerQuestions"
            UNION ALL SELECT "UserId", "CreatedAtUtc" FROM "PostVotes"
            UNION ALL SELECT "UserId", "CreatedAtUtc" FROM "TalkRsvps") AS "a"
        WHERE "Who" IN (SELECT "Id" FROM "AspNetUsers");
        """;
}
