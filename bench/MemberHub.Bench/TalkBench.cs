using System.Diagnostics;
using System.Globalization;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Features.Talks.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.Bench;

/// <summary>
/// Talks (driven by wrk, see bench/run-talks.sh): 10 000 scheduled talks over the next 30 days, 20 000 RSVPs among
/// them, and talk 1 with 200 RSVPs and 300 questions for the speaker. Prints reminder-scan timings, then serves.
/// </summary>
public static class TalkBench
{
    public static async Task ServeAsync(int talks)
    {
        await using var host = new BenchHost([]);
        // The member made first brings the tier the guests join: a seat at a talk follows access (issue 11).
        var cookie = await host.MemberCookieAsync();
        var people = await PeopleAsync(host, 200);
        await GenerateAsync(Path.Combine(host.DataDirectory, "memberhub.db"), people, talks);
        await MeasureRemindersAsync(host.Services.GetRequiredService<TalkReminders>());
        Console.WriteLine($"READY {host.BaseUrl} {cookie}");
        await Task.Delay(Timeout.Infinite);
    }

    public static async Task<List<string>> PeopleAsync(BenchHost host, int count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var owner = (await users.FindByEmailAsync("owner@bench.memberhub.local"))!;
        var tierId = (await scope.ServiceProvider.GetRequiredService<TierService>().ListAsync(includeArchived: false)).OrderBy(t => t.Tier.Rank).First().Tier.Id;
        var memberships = scope.ServiceProvider.GetRequiredService<MembershipAdminService>();
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var user = new ApplicationUser { UserName = $"guest{i}@bench", Email = $"guest{i}@bench", EmailConfirmed = true, DisplayName = $"Guest {i}" };
            await users.CreateAsync(user);
            await memberships.GrantComplimentaryAsync(owner.Id, user.Id, tierId, DateTime.UtcNow.AddDays(3650));
            ids.Add(user.Id);
        }
        return ids;
    }

    /// <summary>The first pass sends what is due (about a thirtieth of the talks start within a day); the next ones find nothing new.</summary>
    private static async Task MeasureRemindersAsync(TalkReminders reminders)
    {
        var watch = Stopwatch.StartNew();
        var sent = await reminders.ScanAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"REMINDERS first pass: {sent} sent in {watch.Elapsed.TotalMilliseconds:F0} ms"));
        var timings = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            watch.Restart();
            await reminders.ScanAsync();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"REMINDERS steady passes over the scheduled talks: p50 {timings[10]:F1} ms, max {timings[^1]:F1} ms"));
    }

    public static async Task GenerateAsync(string database, List<string> people, int talks)
    {
        var random = new Random(3);
        var now = DateTime.UtcNow;
        await using var connection = new SqliteConnection($"Data Source={database};Foreign Keys=True");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var owner = await Scalar(connection, transaction, "SELECT UserId FROM AspNetUserRoles JOIN AspNetRoles ON AspNetRoles.Id = RoleId WHERE AspNetRoles.Name = 'Owner' LIMIT 1");
        var talk = Command(connection, transaction, """
            INSERT INTO Talks (Id, Title, AbstractMarkdown, AbstractHtml, SpeakerName, SpeakerBio, HostId, StartsAtUtc, EndsAtUtc, TimeZoneId, MinimumRank, Capacity, JoinUrl, NotesMarkdown, NotesHtml, CreatedAtUtc)
            VALUES ($id, $title, 'A talk.', '<p>A talk.</p>', 'Guest Speaker', 'Speaks often.', $host, $start, $end, 'Asia/Shanghai', 0, 500, 'https://meet.example/bench', '', '', $start)
            """, "$id", "$title", "$host", "$start", "$end");
        var rsvp = Command(connection, transaction, "INSERT OR IGNORE INTO TalkRsvps (TalkId, UserId, IsWaitlisted, CreatedAtUtc) VALUES ($t, $u, 0, $at)", "$t", "$u", "$at");
        var question = Command(connection, transaction, "INSERT INTO SpeakerQuestions (TalkId, AuthorId, Text, Votes, IsAnswered, CreatedAtUtc) VALUES (1, $u, $text, $votes, 0, $at)",
            "$u", "$text", "$votes", "$at");
        for (var id = 1; id <= talks; id++)
        {
            // Talk 1 is next week; the rest are spread over the next 30 days.
            var start = id == 1 ? now.AddDays(7) : now.AddMinutes(90 + random.Next(30 * 24 * 60));
            Set(talk, id, id == 1 ? "The big talk" : $"Talk number {id}", owner, Stamp(start), Stamp(start.AddHours(1)));
            await talk.ExecuteNonQueryAsync();
            var seats = id == 1 ? 200 : 2;
            for (var s = 0; s < seats; s++)
            {
                Set(rsvp, id, people[id == 1 ? s : random.Next(people.Count)], Stamp(now));
                await rsvp.ExecuteNonQueryAsync();
            }
        }
        for (var q = 0; q < 300; q++)
        {
            Set(question, people[random.Next(people.Count)], $"Question {q}: how would you handle case {q} in a small paid circle?", random.Next(40), Stamp(now));
            await question.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>Moves every talk by <paramref name="by"/> (talks generated on an earlier day keep their distance from now).</summary>
    public static async Task ShiftAsync(string database, TimeSpan by)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var seconds = ((long)by.TotalSeconds).ToString("+0;-0", CultureInfo.InvariantCulture) + " seconds";
        command.CommandText = "UPDATE Talks SET StartsAtUtc = datetime(StartsAtUtc, $shift), EndsAtUtc = datetime(EndsAtUtc, $shift)";
        command.Parameters.AddWithValue("$shift", seconds);
        await command.ExecuteNonQueryAsync();
    }

    private static string Stamp(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static async Task<string> Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }

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
}
