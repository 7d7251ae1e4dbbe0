using System.Diagnostics;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Questions.Search;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace MemberHub.Bench;

/// <summary>
/// The board at bench size on PostgreSQL (issue 18, bench/run-scale-out.sh): the same generated board as
/// <see cref="BoardBench"/> (100 000 questions, 500 000 answers, 30 tags, question 1 with 50 answers), written with COPY
/// into the database that <c>MEMBERHUB_BENCH_POSTGRES</c> names, once; every instance started with this command serves it.
/// </summary>
public static class PostgresBoardBench
{
    public const string Variable = "MEMBERHUB_BENCH_POSTGRES";

    public static async Task ServeAsync(int questions, int answers, string? redis)
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"{Variable} must name the bench's PostgreSQL database (Host=…;Database=…;Username=…;Password=…)");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:MemberHub"] = connectionString,
        };
        if (!string.IsNullOrEmpty(redis))
        {
            settings["Redis:Configuration"] = redis;
        }
        await using var host = new BenchHost(settings);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("""SELECT count(*) FROM "Questions" """, connection);
            if ((long)(await count.ExecuteScalarAsync())! == 0)
            {
                var clock = Stopwatch.StartNew();
                await GenerateAsync(host, connection, questions, answers);
                Console.WriteLine($"generated {questions} questions and {answers} answers in {clock.Elapsed.TotalSeconds:F0} s");
            }
        }
        var cookie = await host.MemberCookieAsync();
        await BoardBench.MeasureSearchAsync(host.Services.GetRequiredService<IQuestionSearch>());
        Console.WriteLine($"READY {host.BaseUrl} {cookie}");
        await Task.Delay(Timeout.Infinite);
    }

    private static async Task GenerateAsync(BenchHost host, NpgsqlConnection connection, int questions, int answers)
    {
        var authors = await BoardBench.AuthorsAsync(host);
        var random = new Random(42);
        await using (var tags = await connection.BeginBinaryImportAsync("""COPY "QuestionTags" ("Id", "Slug", "NameEn", "NameZh", "SortOrder") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var t = 1; t <= BoardBench.Tags; t++)
            {
                var slug = t == 1 ? BoardBench.BusyTag : $"topic-{t}";
                await tags.WriteRowAsync(default, t, slug, slug, slug, t);
            }
            await tags.CompleteAsync();
        }
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var perQuestion = Math.Max(1, (answers - 50) / Math.Max(1, questions - 1));
        var answerRows = new List<(int Id, int Question, string Author, string Text, bool Expert, int Score, DateTime Created)>();
        var links = new List<(int Question, int Tag)>();
        var index = new List<(long Row, string Title, string Body, string Kind, int Question)>();
        await using (var rows = await connection.BeginBinaryImportAsync("""
            COPY "Questions" ("Id", "AuthorId", "Title", "BodyMarkdown", "BodyHtml", "Stage", "State", "Score", "AnswerCount", "CreatedAtUtc",
                "LastActivityAtUtc", "FirstExpertAnswerAtUtc", "IsHidden", "IsDeleted") FROM STDIN (FORMAT BINARY)
            """))
        {
            var answerId = 0;
            for (var q = 1; q <= questions; q++)
            {
                var title = BoardBench.Sentence(random, 8).TrimEnd('.') + "?";
                var body = BoardBench.Sentence(random, 40);
                var created = start.AddMinutes(q * 10);
                var count = q == 1 ? 50 : perQuestion;
                await rows.StartRowAsync();
                await rows.WriteAsync(q, NpgsqlDbType.Integer);
                await rows.WriteAsync(authors[random.Next(authors.Count)], NpgsqlDbType.Varchar);
                await rows.WriteAsync(title, NpgsqlDbType.Varchar);
                await rows.WriteAsync(body, NpgsqlDbType.Varchar);
                await rows.WriteAsync("<p>" + body + "</p>", NpgsqlDbType.Text);
                await rows.WriteAsync(((QuestionStage)(q % 3)).ToString(), NpgsqlDbType.Varchar);
                await rows.WriteAsync(q % 4 == 0 ? "Resolved" : "Answered", NpgsqlDbType.Varchar);
                await rows.WriteAsync(random.Next(20), NpgsqlDbType.Integer);
                await rows.WriteAsync(count, NpgsqlDbType.Integer);
                await rows.WriteAsync(created, NpgsqlDbType.TimestampTz);
                await rows.WriteAsync(created, NpgsqlDbType.TimestampTz);
                await rows.WriteAsync(created.AddHours(2), NpgsqlDbType.TimestampTz);
                await rows.WriteAsync(false, NpgsqlDbType.Boolean);
                await rows.WriteAsync(false, NpgsqlDbType.Boolean);
                var tagged = new HashSet<int> { 2 + random.Next(BoardBench.Tags - 1) };
                if (q % 2 == 0)
                {
                    tagged.Add(1);
                }
                if (random.Next(3) == 0)
                {
                    tagged.Add(2 + random.Next(BoardBench.Tags - 1));
                }
                links.AddRange(tagged.Select(t => (q, t)));
                index.Add((SearchText.RowId(PostKinds.Question, q), title, body, PostKinds.Question, q));
                for (var a = 0; a < count; a++)
                {
                    answerId++;
                    var text = BoardBench.Sentence(random, 30);
                    answerRows.Add((answerId, q, authors[random.Next(authors.Count)], text, a == 0, random.Next(10), created.AddHours(2 + a)));
                    index.Add((SearchText.RowId(PostKinds.Answer, answerId), "", text, PostKinds.Answer, q));
                }
            }
            await rows.CompleteAsync();
        }
        await using (var rows = await connection.BeginBinaryImportAsync("""COPY "QuestionTagLinks" ("QuestionId", "TagId", "IsListed") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var (question, tag) in links)
            {
                await rows.WriteRowAsync(default, question, tag, true);
            }
            await rows.CompleteAsync();
        }
        await using (var rows = await connection.BeginBinaryImportAsync("""
            COPY "Answers" ("Id", "QuestionId", "AuthorId", "BodyMarkdown", "BodyHtml", "ByExpert", "IsSummary", "Score", "CreatedAtUtc", "IsHidden", "IsDeleted")
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var answer in answerRows)
            {
                await rows.StartRowAsync();
                await rows.WriteAsync(answer.Id, NpgsqlDbType.Integer);
                await rows.WriteAsync(answer.Question, NpgsqlDbType.Integer);
                await rows.WriteAsync(answer.Author, NpgsqlDbType.Varchar);
                await rows.WriteAsync(answer.Text, NpgsqlDbType.Varchar);
                await rows.WriteAsync("<p>" + answer.Text + "</p>", NpgsqlDbType.Text);
                await rows.WriteAsync(answer.Expert, NpgsqlDbType.Boolean);
                await rows.WriteAsync(false, NpgsqlDbType.Boolean);
                await rows.WriteAsync(answer.Score, NpgsqlDbType.Integer);
                await rows.WriteAsync(answer.Created, NpgsqlDbType.TimestampTz);
                await rows.WriteAsync(false, NpgsqlDbType.Boolean);
                await rows.WriteAsync(false, NpgsqlDbType.Boolean);
            }
            await rows.CompleteAsync();
        }
        await using (var rows = await connection.BeginBinaryImportAsync("""COPY "QaSearch" ("RowId", "Title", "Body", "Kind", "QuestionId") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var entry in index)
            {
                await rows.WriteRowAsync(default, entry.Row, entry.Title, entry.Body, entry.Kind, entry.Question);
            }
            await rows.CompleteAsync();
        }
        // Rows were written with their ids: the identity columns continue after them, and the planner learns the sizes.
        await using var after = new NpgsqlCommand("""
            SELECT setval(pg_get_serial_sequence('"QuestionTags"', 'Id'), (SELECT max("Id") FROM "QuestionTags"));
            SELECT setval(pg_get_serial_sequence('"Questions"', 'Id'), (SELECT max("Id") FROM "Questions"));
            SELECT setval(pg_get_serial_sequence('"Answers"', 'Id'), (SELECT max("Id") FROM "Answers"));
            ANALYZE;
            """, connection);
        await after.ExecuteNonQueryAsync();
    }
}
