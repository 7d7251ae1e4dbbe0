using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Introductions;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.TakingPart;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Features.Talks.Schedule;
using MemberHub.Web.Features.Talks.SpeakerQuestions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>Who took part, kept per member and calendar quarter as activity is saved, whichever feature saves it.</summary>
public sealed class ParticipationLogTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private static DateTime On(int month, int day, int hour = 12) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Every_kind_of_taking_part_is_kept_once_per_member_and_quarter_with_its_latest_moment()
    {
        var (writer, voter, attendee) = ((await factory.CreateUserAsync()).Id, (await factory.CreateUserAsync()).Id, (await factory.CreateUserAsync()).Id);
        var expert = await factory.ExpertAsync();
        await using (var db = await Db())
        {
            var question = new Question { AuthorId = writer, Title = "Where to start?", BodyMarkdown = "x", BodyHtml = "<p>x</p>", CreatedAtUtc = On(3, 31, 23), LastActivityAtUtc = On(3, 31) };
            var introduction = new Introduction { AuthorId = writer, BodyMarkdown = "Hi", BodyHtml = "<p>Hi</p>", CreatedAtUtc = On(1, 2), UpdatedAtUtc = On(1, 2) };
            var talk = new Talk { Title = "Guest", SpeakerName = "Guest", HostId = expert.Id, StartsAtUtc = On(12, 1), EndsAtUtc = On(12, 1, 13), JoinUrl = "https://meet.example/r", CreatedAtUtc = On(1, 1) };
            db.AddRange(question, introduction, talk);
            await db.SaveChangesAsync();
            var answer = new Answer { QuestionId = question.Id, AuthorId = writer, BodyMarkdown = "y", BodyHtml = "<p>y</p>", CreatedAtUtc = On(4, 1, 0) };
            db.AddRange(answer,
                new IntroductionReply { IntroductionId = introduction.Id, AuthorId = writer, BodyMarkdown = "Welcome", BodyHtml = "<p>Welcome</p>", CreatedAtUtc = On(2, 14) },
                new SpeakerQuestion { TalkId = talk.Id, AuthorId = writer, Text = "How?", CreatedAtUtc = On(5, 5) },
                new PostVote { PostKind = PostKinds.Question, PostId = question.Id, UserId = voter, CreatedAtUtc = On(8, 8) },
                new TalkRsvp { TalkId = talk.Id, UserId = attendee, CreatedAtUtc = On(11, 20) });
            await db.SaveChangesAsync();
            db.Add(new AnswerComment { AnswerId = answer.Id, AuthorId = writer, BodyMarkdown = "z", BodyHtml = "<p>z</p>", CreatedAtUtc = On(6, 30) });
            await db.SaveChangesAsync();
        }

        var kept = await RowsAsync(writer, voter, attendee);

        // The writer: Q1 (introduction 2 Jan, reply 14 Feb, question 31 Mar 23:00 — the latest wins) and Q2 (answer at
        // midnight on 1 Apr, speaker question, comment 30 Jun — the latest wins); the voter in Q3; the attendee in Q4.
        Assert.Equal(
            [
                (new DateOnly(2026, 1, 1), writer, On(3, 31, 23)), (new DateOnly(2026, 4, 1), writer, On(6, 30)),
                (new DateOnly(2026, 7, 1), voter, On(8, 8)), (new DateOnly(2026, 10, 1), attendee, On(11, 20)),
            ],
            kept.OrderBy(k => k.QuarterStart).ToList());
    }

    [Fact]
    public async Task A_rebuild_from_the_activity_tables_gives_the_rows_the_log_kept()
    {
        var author = (await factory.CreateUserAsync()).Id;
        await using (var db = await Db())
        {
            foreach (var on in new[] { On(2, 1), On(2, 28, 9), On(7, 4) })
            {
                db.Add(new Question { AuthorId = author, Title = "A question", BodyMarkdown = "x", BodyHtml = "<p>x</p>", CreatedAtUtc = on, LastActivityAtUtc = on });
            }
            await db.SaveChangesAsync();
        }
        var everyone = await AllRowsAsync();

        await using (var db = await Db())
        {
            await ParticipationLog.RebuildAsync(db);
        }

        Assert.Equal(everyone, await AllRowsAsync());
        Assert.Equal([(new DateOnly(2026, 1, 1), author, On(2, 28, 9)), (new DateOnly(2026, 7, 1), author, On(7, 4))], await RowsAsync(author));
    }

    [Fact]
    public async Task The_membership_keeps_the_latest_moment_its_member_took_part_and_a_rebuild_agrees()
    {
        var tier = await factory.CreateTierAsync("Circle " + Guid.NewGuid().ToString("N")[..6]);
        var member = (await factory.CreateUserAsync()).Id;
        await using (var db = await Db())
        {
            db.Add(new Membership { UserId = member, TierId = tier.Id, Source = MembershipSource.Complimentary, Status = MembershipStatus.Active, StartedAtUtc = On(1, 1), UpdatedAtUtc = On(1, 1) });
            await db.SaveChangesAsync();
            db.Add(new Question { AuthorId = member, Title = "A question", BodyMarkdown = "x", BodyHtml = "<p>x</p>", CreatedAtUtc = On(9, 9), LastActivityAtUtc = On(9, 9) });
            await db.SaveChangesAsync();
            // Something older saved later (a back-dated import, a slow request) never moves it back.
            db.Add(new Question { AuthorId = member, Title = "An older one", BodyMarkdown = "x", BodyHtml = "<p>x</p>", CreatedAtUtc = On(3, 3), LastActivityAtUtc = On(3, 3) });
            await db.SaveChangesAsync();
        }
        Assert.Equal(On(9, 9), await LastTookPartAsync(member));

        await using (var db = await Db())
        {
            await db.Set<Membership>().Where(m => m.UserId == member).ExecuteUpdateAsync(m => m.SetProperty(x => x.LastTookPartAtUtc, (DateTime?)null));
            await ParticipationLog.RebuildAsync(db);
        }

        Assert.Equal(On(9, 9), await LastTookPartAsync(member));
    }

    private async Task<DateTime?> LastTookPartAsync(string member)
    {
        await using var db = await Db();
        return await db.Set<Membership>().Where(m => m.UserId == member).Select(m => m.LastTookPartAtUtc).SingleAsync();
    }

    [Fact]
    public async Task A_save_that_fails_records_nothing()
    {
        var (author, voter) = ((await factory.CreateUserAsync()).Id, (await factory.CreateUserAsync()).Id);
        int questionId;
        await using (var db = await Db())
        {
            var question = new Question { AuthorId = author, Title = "A question", BodyMarkdown = "x", BodyHtml = "<p>x</p>", CreatedAtUtc = On(10, 2), LastActivityAtUtc = On(10, 2) };
            db.Add(question);
            await db.SaveChangesAsync();
            questionId = question.Id;
            db.Add(new PostVote { PostKind = PostKinds.Question, PostId = questionId, UserId = voter, CreatedAtUtc = On(10, 3) });
            await db.SaveChangesAsync();
        }

        await using (var db = await Db())
        {
            // The same vote twice breaks the key: the save fails, and the later moment is not kept.
            db.Add(new PostVote { PostKind = PostKinds.Question, PostId = questionId, UserId = voter, CreatedAtUtc = On(11, 3) });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.Equal([(new DateOnly(2026, 10, 1), voter, On(10, 3))], await RowsAsync(voter));
    }

    private async Task<AppDbContext> Db() => await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private async Task<List<(DateOnly QuarterStart, string UserId, DateTime LastAtUtc)>> RowsAsync(params string[] users)
    {
        await using var db = await Db();
        return (await db.Set<QuarterParticipation>().Where(p => users.Contains(p.UserId)).OrderBy(p => p.QuarterStart).ToListAsync())
            .Select(p => (p.QuarterStart, p.UserId, p.LastAtUtc)).ToList();
    }

    private async Task<List<(DateOnly, string, DateTime)>> AllRowsAsync()
    {
        await using var db = await Db();
        return (await db.Set<QuarterParticipation>().ToListAsync())
            .Select(p => (p.QuarterStart, p.UserId, p.LastAtUtc)).OrderBy(p => p.QuarterStart).ThenBy(p => p.UserId, StringComparer.Ordinal).ToList();
    }
}
