using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Dashboard;
using MemberHub.Web.Features.Dashboard.Experts;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Dashboard;

/// <summary>The experts panel over questions seeded with known times; the clock stands at 2026-11-26 08:00 UTC.</summary>
public sealed class ExpertsReportTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private static readonly ReportRange November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Bucket.Month);

    [Fact]
    public async Task Time_to_first_expert_answer_what_waits_and_each_experts_answers()
    {
        var asker = await factory.MemberAsync();
        var x = await factory.ExpertAsync();
        var y = await factory.ExpertAsync();
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            // Answered by an expert after 2 h (accepted), 24 h and 30 min.
            var q1 = Asked(db, asker.Id, At(11, 2), answeredBy: (x.Id, At(11, 2, 2)));
            Asked(db, asker.Id, At(11, 3), answeredBy: (y.Id, At(11, 4)));
            Asked(db, asker.Id, At(11, 5), answeredBy: (x.Id, At(11, 5, 0, 30)));
            // Still waiting: 20 days, 20 hours, 3 days 2 hours.
            Asked(db, asker.Id, At(11, 6));
            Asked(db, asker.Id, At(11, 25, 12));
            Asked(db, asker.Id, At(11, 23, 6));
            // Asked in October, answered by Y in November: Y's work, not this range's question.
            Asked(db, asker.Id, At(10, 20), answeredBy: (y.Id, At(11, 1)));
            // A hidden question and a member's answer count nowhere.
            Asked(db, asker.Id, At(11, 10)).IsHidden = true;
            db.Add(new Answer { Question = q1, AuthorId = asker.Id, BodyMarkdown = "me too", BodyHtml = "<p>me too</p>", CreatedAtUtc = At(11, 2, 3) });
            await db.SaveChangesAsync();
            q1.AcceptedAnswerId = q1.Answers.Single(a => a.AuthorId == x.Id).Id;
            await db.SaveChangesAsync();
        }

        var report = (await factory.Services.GetRequiredService<ExpertsReport>().ReadAsync((await factory.OwnerAsync()).Id, November)).Value!;

        Assert.Equal((6, 3, 0.5), (report.Asked, report.AnsweredByExperts, report.AnsweredShare));
        // Waits sorted: 30 min, 2 h, 24 h. Nearest rank: the median is the 2nd (⌈0.5 × 3⌉), the 90th percentile the 3rd.
        Assert.Equal(TimeSpan.FromHours(2), report.MedianFirstAnswer);
        Assert.Equal(TimeSpan.FromHours(24), report.P90FirstAnswer);
        Assert.Equal(
            new Dictionary<WaitingAge, int> { [WaitingAge.UnderADay] = 1, [WaitingAge.OneToThreeDays] = 0, [WaitingAge.ThreeToSevenDays] = 1, [WaitingAge.OverAWeek] = 1 },
            report.Waiting);
        Assert.Equal((2, 1), report.Experts.Where(e => e.UserId == x.Id).Select(e => (e.Answers, e.Accepted)).Single());
        Assert.Equal((2, 0), report.Experts.Where(e => e.UserId == y.Id).Select(e => (e.Answers, e.Accepted)).Single());
        Assert.Equal(2, report.Experts.Count);
    }

    [Fact]
    public async Task Nobody_but_the_owner_reads_it()
    {
        var expert = await factory.ExpertAsync();

        var read = await factory.Services.GetRequiredService<ExpertsReport>().ReadAsync(expert.Id, November);

        Assert.False(read.Succeeded);
        Assert.Null(read.Value);
    }

    private static DateTime At(int month, int day, int hour = 0, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static Question Asked(AppDbContext db, string askerId, DateTime at, (string ExpertId, DateTime At)? answeredBy = null)
    {
        var question = new Question
        {
            AuthorId = askerId, Title = "Question asked " + at.ToString("MM-dd HH:mm"), BodyMarkdown = "Details.", BodyHtml = "<p>Details.</p>",
            State = answeredBy is null ? QuestionState.Open : QuestionState.Answered, CreatedAtUtc = at, LastActivityAtUtc = at,
            FirstExpertAnswerAtUtc = answeredBy?.At,
        };
        if (answeredBy is { } answer)
        {
            question.Answers.Add(new Answer { AuthorId = answer.ExpertId, ByExpert = true, BodyMarkdown = "Do this.", BodyHtml = "<p>Do this.</p>", CreatedAtUtc = answer.At });
        }
        db.Add(question);
        return question;
    }
}
