using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Dashboard.Lifecycle;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Dashboard;

/// <summary>The community's last four full calendar quarters and the renewals of the next 90 days; the clock stands at 2026-11-26 08:00 UTC.</summary>
public sealed class LifecycleReportTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task Full_quarters_and_renewals_are_counted_from_memberships_posts_and_votes()
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        static DateTime On(int month, int day) => new(2026, month, day, 12, 0, 0, DateTimeKind.Utc);
        var tier = await factory.CreateTierAsync("Circle");
        var expert = await factory.ExpertAsync();
        var ids = new Dictionary<char, string>();
        foreach (var name in "ABCDEFGHI")
        {
            ids[name] = (await factory.CreateUserAsync(displayName: $"Member {name}")).Id;
        }
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            Membership Joined(char who, DateTime on, MembershipStatus status = MembershipStatus.Active, int? periodEndInDays = null, bool cancelling = false,
                MembershipSource source = MembershipSource.Stripe) => new()
                {
                    UserId = ids[who], TierId = tier.Id, Source = source, Status = status, StartedAtUtc = on, UpdatedAtUtc = now,
                    CurrentPeriodEndUtc = periodEndInDays is { } days ? now.AddDays(days) : null, CancelAtPeriodEnd = cancelling,
                    StripeSubscriptionId = source == MembershipSource.Stripe ? "sub_" + who + Guid.NewGuid().ToString("N")[..8] : null,
                };
            var left = Joined('C', On(7, 15), MembershipStatus.Ended);                  // Q3: joined and left
            left.EndedAtUtc = On(9, 20);
            db.AddRange(
                left,
                Joined('A', On(1, 30), periodEndInDays: 10),                           // Q1; renews in month 1, took part lately
                Joined('B', On(5, 10), periodEndInDays: 40),                           // Q2; renews in month 2, silent lately
                Joined('D', On(9, 27), periodEndInDays: 70, cancelling: true),         // Q3; cancelled, ends in month 3
                Joined('E', On(10, 27), periodEndInDays: 100),                         // this quarter, not yet a full one; renews after the 90 days
                Joined('F', On(11, 16), MembershipStatus.Trialing, periodEndInDays: 20), // a trial is not a renewal
                Joined('G', On(11, 21), source: MembershipSource.Complimentary),       // complimentary, no renewal
                Joined('H', On(11, 21), MembershipStatus.Incomplete, periodEndInDays: 25), // never paid: not a member at all
                Joined('I', On(11, 1), periodEndInDays: 45, source: MembershipSource.Pass)); // a pass ending in month 2 is due for renewal too, silent
            // B and D wrote in Q3, the expert too (a post, but not a member); A wrote this quarter, within the last 30 days.
            foreach (var (author, on) in new[] { (ids['B'], On(8, 1)), (ids['D'], On(9, 28)), (expert.Id, On(8, 10)), (ids['A'], On(11, 21)) })
            {
                db.Add(new Question { AuthorId = author, Title = "A question", BodyMarkdown = "x", BodyHtml = "<p>x</p>", CreatedAtUtc = on, LastActivityAtUtc = now });
            }
            await db.SaveChangesAsync();
            // A voted in Q2: taking part, but not a post.
            db.Add(new PostVote { PostKind = PostKinds.Question, PostId = await db.Set<Question>().Select(q => q.Id).FirstAsync(), UserId = ids['A'], CreatedAtUtc = On(5, 20) });
            await db.SaveChangesAsync();
        }

        var report = (await factory.Services.GetRequiredService<LifecycleReport>().ReadAsync((await factory.OwnerAsync()).Id)).Value!;

        // Full calendar quarters from the first membership on (Q4 2025 had none), oldest first:
        // (first day, members at start, joined, left, members who took part, posts).
        Assert.Equal([(new DateOnly(2026, 1, 1), 0, 1, 0, 0, 0), (new DateOnly(2026, 4, 1), 1, 1, 0, 1, 0), (new DateOnly(2026, 7, 1), 2, 2, 1, 2, 3)],
            report.Periods.Select(p => (p.Start, p.MembersAtStart, p.Joined, p.Ended, p.ActiveMembers, p.Posts)));
        var latest = report.Periods[^1];
        Assert.Equal(new DateOnly(2026, 9, 30), latest.End);
        Assert.Equal(3, latest.MembersAtEnd);
        Assert.Equal(2.0 / 3, latest.ActiveShare, 6);
        Assert.Equal(1.0, latest.PostsPerMember, 6);
        // 299 days old (30 January noon to 26 November 08:00); net +1 on 2 members at the quarter's start, 2 joins against 1 before: growth.
        Assert.Equal(LifecyclePhase.Growth, report.Verdict.Phase);
        Assert.Equal(299, report.Verdict.AgeDays);
        // Renewals by month: (due, cancelled, took part lately, silent).
        Assert.Equal([(1, 0, 1, 0), (2, 0, 0, 2), (1, 1, 0, 0)], report.Renewals.Select(r => (r.Due, r.WillEnd, r.Active, r.Silent)));
        Assert.Equal(4, report.RenewalsDue);
        Assert.Equal(0.9 + 0.5 + 0.5, report.RenewalsExpected, 6);
    }

    [Fact]
    public async Task Only_the_owner_reads_the_lifecycle()
    {
        var member = await factory.CreateUserAsync();

        Assert.False((await factory.Services.GetRequiredService<LifecycleReport>().ReadAsync(member.Id)).Succeeded);
    }
}
