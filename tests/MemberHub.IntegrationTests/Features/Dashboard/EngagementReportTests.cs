using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Dashboard.Engagement;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Features.Talks.Schedule;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Dashboard;

/// <summary>Lurkers, interactive and core members over the last 30 days; the clock stands at 2026-11-26 08:00 UTC.</summary>
public sealed class EngagementReportTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task Members_fall_into_lurkers_interactive_and_core_and_silent_payers_are_listed_by_renewal()
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var tier = await factory.CreateTierAsync("Circle");
        var expert = await factory.ExpertAsync();
        var members = new List<string>();
        for (var i = 1; i <= 10; i++)
        {
            members.Add((await factory.CreateUserAsync(displayName: $"Member {i:00}")).Id);
        }
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            foreach (var (id, i) in members.Select((id, i) => (id, i + 1)).Append((expert.Id, 0)))
            {
                db.Add(new Membership
                {
                    UserId = id, TierId = tier.Id, Interval = Web.Features.Memberships.Tiers.BillingInterval.Month, StartedAtUtc = now.AddDays(-100), UpdatedAtUtc = now,
                    // Member 4 is on a trial and member 5 complimentary: neither pays, so neither is a renewal risk.
                    Source = i == 5 ? MembershipSource.Complimentary : MembershipSource.Stripe,
                    Status = i == 4 ? MembershipStatus.Trialing : MembershipStatus.Active,
                    TrialEndUtc = i == 4 ? now.AddDays(5) : null, ComplimentaryUntilUtc = i == 5 ? now.AddDays(60) : null,
                    CurrentPeriodEndUtc = now.AddDays(11 - i), CancelAtPeriodEnd = i == 7,
                    StripeSubscriptionId = i == 5 ? null : "sub_" + Guid.NewGuid().ToString("N")[..10],
                });
            }
            // Member 1 earned the most points; member 2 asked a question (and earned less); member 3 signed up for a talk.
            db.Add(new PointAward { UserId = members[0], Kind = PointKinds.AnswerAccepted, SourceKey = "t1", Points = 30, CreatedAtUtc = now.AddDays(-3) });
            db.Add(new PointAward { UserId = members[1], Kind = PointKinds.AnswerPosted, SourceKey = "t2", Points = 5, CreatedAtUtc = now.AddDays(-3) });
            // Points from before the window count for nothing; nor does the staff's activity.
            db.Add(new PointAward { UserId = members[9], Kind = PointKinds.AnswerPosted, SourceKey = "t3", Points = 500, CreatedAtUtc = now.AddDays(-40) });
            db.Add(new PointAward { UserId = expert.Id, Kind = PointKinds.AnswerPosted, SourceKey = "t4", Points = 900, CreatedAtUtc = now.AddDays(-1) });
            db.Add(new Question { AuthorId = members[1], Title = "How do I price a year?", BodyMarkdown = "x", BodyHtml = "<p>x</p>", CreatedAtUtc = now.AddDays(-2), LastActivityAtUtc = now });
            var talk = new Talk { Title = "Guest", SpeakerName = "Guest", HostId = expert.Id, StartsAtUtc = now.AddDays(3), EndsAtUtc = now.AddDays(3).AddHours(1), JoinUrl = "https://meet.example/r", CreatedAtUtc = now };
            db.Add(talk);
            await db.SaveChangesAsync();
            db.Add(new TalkRsvp { TalkId = talk.Id, UserId = members[2], CreatedAtUtc = now.AddDays(-1) });
            await db.SaveChangesAsync();
        }

        var report = (await factory.Services.GetRequiredService<EngagementReport>().ReadAsync((await factory.OwnerAsync()).Id)).Value!;

        Assert.Equal(10, report.Members);
        Assert.Equal((7, 2, 1), (report.BySegment[Segment.Lurker], report.BySegment[Segment.Interactive], report.BySegment[Segment.Core]));
        Assert.Equal(0.7, report.Share(Segment.Lurker));
        Assert.Equal(new CoreMember(members[0], "Member 01", 30), Assert.Single(report.Core));
        // Paying lurkers, soonest renewal first: members 10, 9, 8, 7 (ending at period end) and 6.
        Assert.Equal(["Member 10", "Member 09", "Member 08", "Member 07", "Member 06"], report.Silent.Select(s => s.Name));
        Assert.True(report.Silent.Single(s => s.Name == "Member 07").EndsAtPeriodEnd);
    }
}
