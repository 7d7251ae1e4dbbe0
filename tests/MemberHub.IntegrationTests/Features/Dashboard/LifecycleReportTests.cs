using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Dashboard.Lifecycle;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Dashboard;

/// <summary>The community's last four quarters and the renewals of the next 90 days; the clock stands at 2026-11-26 08:00 UTC.</summary>
public sealed class LifecycleReportTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task Quarters_and_renewals_are_counted_from_memberships_and_posts()
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var tier = await factory.CreateTierAsync("Circle");
        var expert = await factory.ExpertAsync();
        var ids = new Dictionary<char, string>();
        foreach (var name in "ABCDEFGH")
        {
            ids[name] = (await factory.CreateUserAsync(displayName: $"Member {name}")).Id;
        }
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            Membership Joined(char who, int daysAgo, MembershipStatus status = MembershipStatus.Active, int? periodEndInDays = null, bool cancelling = false,
                MembershipSource source = MembershipSource.Stripe) => new()
                {
                    UserId = ids[who], TierId = tier.Id, Source = source, Status = status, StartedAtUtc = now.AddDays(-daysAgo), UpdatedAtUtc = now,
                    CurrentPeriodEndUtc = periodEndInDays is { } days ? now.AddDays(days) : null, CancelAtPeriodEnd = cancelling,
                    StripeSubscriptionId = source == MembershipSource.Stripe ? "sub_" + who + Guid.NewGuid().ToString("N")[..8] : null,
                };
            var left = Joined('C', 100, MembershipStatus.Ended);                         // quarter 3; left in quarter 4
            left.EndedAtUtc = now.AddDays(-50);
            db.AddRange(
                left,
                Joined('A', 300, periodEndInDays: 10),                                   // quarter 1; renews in month 1, took part lately
                Joined('B', 200, periodEndInDays: 40),                                   // quarter 2; renews in month 2, silent
                Joined('D', 60, periodEndInDays: 70, cancelling: true),                  // quarter 4; cancelled, ends in month 3
                Joined('E', 30, periodEndInDays: 100),                                   // quarter 4; renews after the 90 days
                Joined('F', 10, MembershipStatus.Trialing, periodEndInDays: 20),         // quarter 4; a trial is not a renewal
                Joined('G', 5, source: MembershipSource.Complimentary),                  // quarter 4; complimentary, no renewal
                Joined('H', 5, MembershipStatus.Incomplete, periodEndInDays: 25));       // never paid: not a member at all
            foreach (var (author, daysAgo) in new[] { (ids['A'], 5), (ids['D'], 20), (expert.Id, 10) })
            {
                db.Add(new Question { AuthorId = author, Title = "A question", BodyMarkdown = "x", BodyHtml = "<p>x</p>", CreatedAtUtc = now.AddDays(-daysAgo), LastActivityAtUtc = now });
            }
            await db.SaveChangesAsync();
        }

        var report = (await factory.Services.GetRequiredService<LifecycleReport>().ReadAsync((await factory.OwnerAsync()).Id)).Value!;

        // Quarters, oldest first: (members at start, joined, left, members who took part, posts).
        Assert.Equal([(0, 1, 0, 0, 0), (1, 1, 0, 0, 0), (2, 1, 0, 0, 0), (3, 4, 1, 2, 3)],
            report.Periods.Select(p => (p.MembersAtStart, p.Joined, p.Ended, p.ActiveMembers, p.Posts)));
        var latest = report.Periods[^1];
        Assert.Equal(6, latest.MembersAtEnd);
        Assert.Equal(2.0 / 6, latest.ActiveShare, 6);
        Assert.Equal(0.5, latest.PostsPerMember, 6);
        // 300 days old; net +3 on 3 members at the quarter's start, 4 joins against 1 before: growth.
        Assert.Equal(LifecyclePhase.Growth, report.Verdict.Phase);
        Assert.Equal(300, report.Verdict.AgeDays);
        // Renewals by month: (due, cancelled, took part lately, silent).
        Assert.Equal([(1, 0, 1, 0), (1, 0, 0, 1), (1, 1, 0, 0)], report.Renewals.Select(r => (r.Due, r.WillEnd, r.Active, r.Silent)));
        Assert.Equal(3, report.RenewalsDue);
        Assert.Equal(0.9 + 0.5, report.RenewalsExpected, 6);
    }

    [Fact]
    public async Task Only_the_owner_reads_the_lifecycle()
    {
        var member = await factory.CreateUserAsync();

        Assert.False((await factory.Services.GetRequiredService<LifecycleReport>().ReadAsync(member.Id)).Succeeded);
    }
}
