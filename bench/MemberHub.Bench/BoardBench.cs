using System.Diagnostics;
using System.Globalization;
using System.Text;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Questions.Search;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.Bench;

/// <summary>
/// Every page a member reads, at size (driven by wrk, see bench/run-board.sh): a generated board of 100 000 questions
/// and 500 000 answers across 30 tags (question 1 has 50 answers), 10 000 talks (talk 1 with 200 RSVPs and 300
/// questions for the speaker) and a 3 000-word lesson, kept in bench/results/board-data so they are generated once.
/// </summary>
public static class BoardBench
{
    public const int Tags = 30;
    public const string BusyTag = "general";

    public static async Task ServeAsync(int questions, int answers)
    {
        var data = Path.Combine(BenchHost.RepositoryRoot(), "bench", "results", $"board-data-{questions}");
        await using var host = new BenchHost(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = data,
            ["Storage:ContentDirectory"] = LessonBench.WriteContent(3_000),
        });
        var database = Path.Combine(data, "memberhub.db");
        if (!File.Exists(Path.Combine(data, "generated")))
        {
            var clock = Stopwatch.StartNew();
            await GenerateAsync(host, database, questions, answers);
            await File.WriteAllTextAsync(Path.Combine(data, "generated"), DateTime.UtcNow.ToString("O"));
            Console.WriteLine($"generated {questions} questions and {answers} answers in {clock.Elapsed.TotalSeconds:F0} s");
        }
        // The member made first brings the tier the talks' guests join (a seat follows access).
        var cookie = await host.MemberCookieAsync();
        var talksMarker = Path.Combine(data, "talks-generated");
        if (!File.Exists(talksMarker))
        {
            await TalkBench.GenerateAsync(database, await TalkBench.PeopleAsync(host, 200), 10_000);
            Console.WriteLine("generated 10000 talks");
        }
        else
        {
            // Kept talks move with the calendar, so the talks are upcoming (talk 1 next week) whenever the bench runs.
            await TalkBench.ShiftAsync(database, DateTime.UtcNow - DateTime.Parse(await File.ReadAllTextAsync(talksMarker), CultureInfo.InvariantCulture,
                DateTimeStyles.RoundtripKind));
        }
        await File.WriteAllTextAsync(talksMarker, DateTime.UtcNow.ToString("O"));
        await MeasureSearchAsync(host.Services.GetRequiredService<IQuestionSearch>());
        Console.WriteLine($"READY {host.BaseUrl} {cookie}");
        await Task.Delay(Timeout.Infinite);
    }

    /// <summary>Search over the whole board from inside the app (no HTTP): p50, p95 and p99 of 300 one- and two-word queries.</summary>
    internal static async Task MeasureSearchAsync(IQuestionSearch search)
    {
        var random = new Random(7);
        var timings = new List<double>();
        var found = 0;
        for (var i = 0; i < 330; i++)
        {
            var query = random.Next(3) == 0 ? QueryWord(random) + " " + QueryWord(random) : QueryWord(random);
            var watch = Stopwatch.StartNew();
            var hits = await search.SearchAsync(query, 20);
            if (i >= 30)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
                found += hits.Count > 0 ? 1 : 0;
            }
        }
        timings.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SEARCH queries={timings.Count} with-hits={found} p50={timings[timings.Count / 2]:F1}ms p95={timings[timings.Count * 95 / 100]:F1}ms p99={timings[timings.Count * 99 / 100]:F1}ms max={timings[^1]:F1}ms"));
    }

    /// <summary>The board's 300 askers, made through Identity; their ids.</summary>
    internal static async Task<List<string>> AuthorsAsync(BenchHost host)
    {
        var authors = new List<string>();
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        for (var i = 0; i < 300; i++)
        {
            var user = new ApplicationUser { UserName = $"asker{i}@bench", Email = $"asker{i}@bench", EmailConfirmed = true, DisplayName = $"Asker {i}" };
            await users.CreateAsync(user);
            authors.Add(user.Id);
        }
        return authors;
    }

    private static async Task GenerateAsync(BenchHost host, string database, int questions, int answers)
    {
        var authors = await AuthorsAsync(host);
        var random = new Random(42);
        await using var connection = new SqliteConnection($"Data Source={database};Foreign Keys=True");
        await connection.OpenAsync();
        await Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        for (var t = 1; t <= Tags; t++)
        {
            var slug = t == 1 ? BusyTag : $"topic-{t}";
            await Execute(connection, $"INSERT INTO QuestionTags (Id, Slug, NameEn, NameZh, SortOrder) VALUES ({t}, '{slug}', '{slug}', '{slug}', {t})", transaction);
        }
        var question = Command(connection, transaction, """
            INSERT INTO Questions (Id, AuthorId, Title, BodyMarkdown, BodyHtml, Stage, State, Score, AnswerCount, CreatedAtUtc, LastActivityAtUtc, FirstExpertAnswerAtUtc, IsHidden, IsDeleted)
            VALUES ($id, $author, $title, $body, $html, $stage, $state, $score, $answers, $created, $created, $expert, 0, 0)
            """, "$id", "$author", "$title", "$body", "$html", "$stage", "$state", "$score", "$answers", "$created", "$expert");
        var link = Command(connection, transaction, "INSERT INTO QuestionTagLinks (QuestionId, TagId, IsListed) VALUES ($q, $t, 1)", "$q", "$t");
        var answer = Command(connection, transaction, """
            INSERT INTO Answers (Id, QuestionId, AuthorId, BodyMarkdown, BodyHtml, ByExpert, IsSummary, Score, CreatedAtUtc, IsHidden, IsDeleted)
            VALUES ($id, $q, $author, $body, $html, $expert, 0, $score, $created, 0, 0)
            """, "$id", "$q", "$author", "$body", "$html", "$expert", "$score", "$created");
        var index = Command(connection, transaction, "INSERT INTO QaSearch (rowid, title, body, kind, question_id) VALUES ($row, $title, $body, $kind, $q)",
            "$row", "$title", "$body", "$kind", "$q");

        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var answerId = 0;
        var perQuestion = Math.Max(1, (answers - 50) / Math.Max(1, questions - 1));
        for (var q = 1; q <= questions; q++)
        {
            var title = Sentence(random, 8).TrimEnd('.') + "?";
            var body = Sentence(random, 40);
            var created = start.AddMinutes(q * 10);
            var count = q == 1 ? 50 : perQuestion;
            Set(question, q, authors[random.Next(authors.Count)], title, body, "<p>" + body + "</p>", ((Web.Features.Questions.Board.QuestionStage)(q % 3)).ToString(),
                q % 4 == 0 ? "Resolved" : "Answered", random.Next(20), count, Stamp(created), Stamp(created.AddHours(2)));
            await question.ExecuteNonQueryAsync();
            // Half the board carries the busy tag, so it has thousands of pages; every question has one or two topics besides.
            var tags = new HashSet<int> { 2 + random.Next(Tags - 1) };
            if (q % 2 == 0)
            {
                tags.Add(1);
            }
            if (random.Next(3) == 0)
            {
                tags.Add(2 + random.Next(Tags - 1));
            }
            foreach (var tag in tags)
            {
                Set(link, q, tag);
                await link.ExecuteNonQueryAsync();
            }
            Set(index, SqliteQuestionSearch.RowId("question", q), title, body, "question", q);
            await index.ExecuteNonQueryAsync();
            for (var a = 0; a < count; a++)
            {
                answerId++;
                var text = Sentence(random, 30);
                Set(answer, answerId, q, authors[random.Next(authors.Count)], text, "<p>" + text + "</p>", a == 0 ? 1 : 0, random.Next(10), Stamp(created.AddHours(2 + a)));
                await answer.ExecuteNonQueryAsync();
                Set(index, SqliteQuestionSearch.RowId("answer", answerId), "", text, "answer", q);
                await index.ExecuteNonQueryAsync();
            }
        }
        await transaction.CommitAsync();
        await Execute(connection, "INSERT INTO QaSearch(QaSearch) VALUES ('optimize'); ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
    }

    // A vocabulary with a long tail, as real text has: a few common words, thousands of rarer ones.
    private static readonly string[] Common = "the a to and of in for is it my how what with members community price pay join expert answer question".Split(' ');
    private static readonly string[] Syllables = "ka ro mi su te na lo vi de ra po ze bu li fa go ne sha tor ven".Split(' ');

    private static string Word(Random random)
    {
        if (random.Next(3) == 0)
        {
            return Common[random.Next(Common.Length)];
        }
        var n = (int)Math.Floor(Math.Pow(random.NextDouble(), 2) * 4000);
        return Syllables[n % 20] + Syllables[n / 20 % 20] + Syllables[n / 400 % 20];
    }

    // People search for what a post is about: mostly topic words, sometimes a very common one like "members".
    private static string QueryWord(Random random)
    {
        string word;
        do
        {
            word = Word(random);
        }
        while (Array.IndexOf(Common, word) is >= 0 and < 13 || (Array.IndexOf(Common, word) >= 13 && random.Next(3) > 0));
        return word;
    }

    internal static string Sentence(Random random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? "" : " ").Append(Word(random));
        }
        return text.Append('.').ToString();
    }

    private static string Stamp(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }

    private static async Task Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
