using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Content.Tracks;
using MemberHub.Web.Features.Dashboard;
using MemberHub.Web.Features.Dashboard.Use;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Features.Talks.Schedule;
using MemberHub.Web.Features.Talks.SpeakerQuestions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Dashboard;

/// <summary>Whether talks and lessons are used, over rows seeded by hand.</summary>
public sealed class UseReportTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private static readonly ReportRange November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Bucket.Month);

    [Fact]
    public async Task Talks_show_seats_attendance_replays_and_questions_and_lessons_where_learners_stop()
    {
        var host = await factory.ExpertAsync();
        var people = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            people.Add((await factory.CreateUserAsync()).Id);
        }
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var held = Talk("Pricing a year", host.Id, new DateTime(2026, 11, 12, 18, 0, 0, DateTimeKind.Utc));
            var cancelled = Talk("Cancelled one", host.Id, new DateTime(2026, 11, 14, 18, 0, 0, DateTimeKind.Utc));
            cancelled.CanceledAtUtc = new DateTime(2026, 11, 10, 0, 0, 0, DateTimeKind.Utc);
            var october = Talk("Last month", host.Id, new DateTime(2026, 10, 12, 18, 0, 0, DateTimeKind.Utc));
            db.AddRange(held, cancelled, october);
            await db.SaveChangesAsync();
            // Three seats and a waitlisted member; two of the seated came; two watched the replay; three questions.
            db.AddRange(people.Select((id, i) => new TalkRsvp { TalkId = held.Id, UserId = id, IsWaitlisted = i == 3, CreatedAtUtc = held.StartsAtUtc.AddDays(-3) }));
            db.AddRange(people.Take(2).Select(id => new TalkAttendance { TalkId = held.Id, UserId = id, FirstJoinedAtUtc = held.StartsAtUtc, Joins = 1 }));
            db.AddRange(people.Skip(1).Take(2).Select(id => new TalkReplayView { TalkId = held.Id, UserId = id, ViewedAtUtc = held.EndsAtUtc.AddDays(1) }));
            db.AddRange(Enumerable.Range(1, 3).Select(i => new SpeakerQuestion { TalkId = held.Id, AuthorId = people[0], Text = $"Question {i}?", CreatedAtUtc = held.StartsAtUtc }));
            db.Add(new TalkRsvp { TalkId = cancelled.Id, UserId = people[0], CreatedAtUtc = held.StartsAtUtc });

            var track = new Track { Slug = "tea-" + Guid.NewGuid().ToString("N")[..6], TitleEn = "Tea", TitleZh = "茶", IsPublished = true, Stages = [new Stage { Key = "beginner", NameEn = "Beginner", NameZh = "入门", SortOrder = 1 }] };
            db.Add(track);
            await db.SaveChangesAsync();
            var stage = track.Stages[0].Id;
            var one = new Lesson { TrackId = track.Id, StageId = stage, SortOrder = 1, Slug = "water", TitleEn = "Water", TitleZh = "水", BodyMarkdownEn = "x", BodyHtmlEn = "<p>x</p>" };
            var two = new Lesson { TrackId = track.Id, StageId = stage, SortOrder = 2, Slug = "leaves", TitleEn = "Leaves", TitleZh = "茶叶", BodyMarkdownEn = "x", BodyHtmlEn = "<p>x</p>" };
            var draft = new Lesson { TrackId = track.Id, StageId = stage, SortOrder = 3, Slug = "draft", TitleEn = "Draft", BodyMarkdownEn = "x", BodyHtmlEn = "<p>x</p>", IsPublished = false };
            db.AddRange(one, two, draft);
            await db.SaveChangesAsync();
            // Water: three opened, two finished. Leaves: two opened, none finished — where most stop.
            var opened = new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);
            db.AddRange(people.Take(3).Select((id, i) => new LessonProgress { UserId = id, LessonId = one.Id, LastOpenedAtUtc = opened, CompletedAtUtc = i < 2 ? opened : null }));
            db.AddRange(people.Take(2).Select(id => new LessonProgress { UserId = id, LessonId = two.Id, LastOpenedAtUtc = opened }));
            await db.SaveChangesAsync();
        }
        factory.Services.GetRequiredService<TrackCatalog>().Invalidate();

        var report = (await factory.Services.GetRequiredService<UseReport>().ReadAsync((await factory.OwnerAsync()).Id, November, chinese: false)).Value!;

        var talk = Assert.Single(report.Talks);
        Assert.Equal(("Pricing a year", 3, 1, 2, 2, 3), (talk.Title, talk.Seats, talk.Waitlisted, talk.Attended, talk.ReplayViewers, talk.Questions));
        Assert.Equal(2 / 3d, talk.AttendanceRate);
        var lessons = report.Lessons.Where(l => l.Track == "Tea").ToList();
        Assert.Equal([new LessonUse("Tea", "Beginner", "Water", 3, 2), new LessonUse("Tea", "Beginner", "Leaves", 2, 0)], lessons);
        Assert.Equal("Leaves", report.MostStalled!.Lesson);
        Assert.Equal("茶叶", (await factory.Services.GetRequiredService<UseReport>().ReadAsync((await factory.OwnerAsync()).Id, November, chinese: true)).Value!
            .Lessons.Single(l => l.Track == "茶" && l.Opened == 2).Lesson);
    }

    private static Talk Talk(string title, string hostId, DateTime startsAt) => new()
    {
        Title = title, SpeakerName = "Guest", HostId = hostId, StartsAtUtc = startsAt, EndsAtUtc = startsAt.AddHours(1), JoinUrl = "https://meet.example/room",
        CreatedAtUtc = startsAt.AddDays(-30),
    };
}
