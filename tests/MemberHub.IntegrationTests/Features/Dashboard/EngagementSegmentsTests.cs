using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Dashboard;
using MemberHub.Web.Features.Dashboard.Engagement;
using MemberHub.Web.Features.Memberships.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace MemberHub.IntegrationTests.Features.Dashboard;

/// <summary>The edges of the segments, counted by the database; each test starts from a community without members.</summary>
public sealed class EngagementSegmentsTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task The_tenth_with_most_points_lead_those_who_took_part_interact_the_rest_read()
    {
        var members = await CommunityAsync(20);
        await AwardAsync((members[0], 50), (members[1], 40), (members[2], 30));
        await TookPartAsync(members[2], members[3]);

        var report = await ReadAsync();

        // A tenth of twenty is two: members 1 and 2. Member 3 has points but not enough to lead; it took part, as did member 4.
        Assert.Equal([members[0], members[1]], report.Core.Select(c => c.UserId));
        Assert.Equal((16, 2, 2), (report.BySegment[Segment.Lurker], report.BySegment[Segment.Interactive], report.BySegment[Segment.Core]));
    }

    [Fact]
    public async Task A_small_community_still_has_a_core_of_one_but_nobody_leads_without_points()
    {
        var members = await CommunityAsync(3);
        await TookPartAsync(members[0]);
        Assert.Equal(0, (await ReadAsync()).BySegment[Segment.Core]);

        await AwardAsync((members[1], 1));
        var report = await ReadAsync();

        Assert.Equal(members[1], Assert.Single(report.Core).UserId);
        Assert.Equal((1, 1, 1), (report.BySegment[Segment.Lurker], report.BySegment[Segment.Interactive], report.BySegment[Segment.Core]));
    }

    [Fact]
    public async Task Ties_at_the_edge_of_the_core_go_to_the_lower_user_id_every_time()
    {
        var members = await CommunityAsync(20);
        await AwardAsync([.. members.Select(m => (m, 5))]);

        var first = await ReadAsync();
        var again = await ReadAsync();

        Assert.Equal(members.Order(StringComparer.Ordinal).Take(2), first.Core.Select(c => c.UserId));
        Assert.Equal(first.Core, again.Core);
    }

    [Fact]
    public async Task The_page_names_only_the_first_of_each_list_and_counts_them_all()
    {
        var members = await CommunityAsync(30);
        await AwardAsync((members[0], 9), (members[1], 8), (members[2], 7));

        var all = await ReadAsync();
        var page = await ReadAsync(listed: 2);

        Assert.Equal(3, all.Core.Count);
        Assert.Equal(27, all.Silent.Count);
        Assert.Equal(all.Core.Take(2), page.Core);
        Assert.Equal(all.Silent.Take(2), page.Silent);
        Assert.Equal(all.BySegment, page.BySegment);
        Assert.Equal(27, page.SilentCount);
        var table = EngagementTables.Of("silent", page, factory.Services.GetRequiredService<IStringLocalizer<DashboardText>>());
        Assert.Equal((2, 27), (table.Rows.Count, table.Count));
    }

    private async Task<EngagementSnapshot> ReadAsync(int? listed = null) =>
        (await factory.Services.GetRequiredService<EngagementReport>().ReadAsync((await factory.OwnerAsync()).Id, listed)).Value!;

    // Paying members renewing a day apart, in the order made; the community had none before.
    private async Task<List<string>> CommunityAsync(int size)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await using var db = await Contexts.CreateDbContextAsync();
        await db.Set<PointAward>().ExecuteDeleteAsync();
        await db.Set<Membership>().ExecuteDeleteAsync();
        var tier = await factory.CreateTierAsync("Circle " + Guid.NewGuid().ToString("N")[..6]);
        var members = new List<string>();
        for (var i = 0; i < size; i++)
        {
            var id = (await factory.CreateUserAsync(displayName: $"Member {i:00}")).Id;
            members.Add(id);
            db.Add(new Membership
            {
                UserId = id, TierId = tier.Id, Interval = Web.Features.Memberships.Tiers.BillingInterval.Month, StartedAtUtc = now.AddDays(-100), UpdatedAtUtc = now,
                Source = MembershipSource.Stripe, Status = MembershipStatus.Active, CurrentPeriodEndUtc = now.AddDays(1 + i),
                StripeSubscriptionId = "sub_" + Guid.NewGuid().ToString("N")[..10],
            });
        }
        await db.SaveChangesAsync();
        return members;
    }

    private async Task AwardAsync(params (string UserId, int Points)[] awards)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await using var db = await Contexts.CreateDbContextAsync();
        db.AddRange(awards.Select(a => new PointAward
        {
            UserId = a.UserId, Kind = PointKinds.AnswerPosted, SourceKey = Guid.NewGuid().ToString("N"), Points = a.Points, CreatedAtUtc = now.AddDays(-2),
        }));
        await db.SaveChangesAsync();
    }

    private async Task TookPartAsync(params string[] userIds)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await using var db = await Contexts.CreateDbContextAsync();
        await db.Set<Membership>().Where(m => userIds.Contains(m.UserId)).ExecuteUpdateAsync(s => s.SetProperty(m => m.LastTookPartAtUtc, now.AddDays(-1)));
    }

    private IDbContextFactory<AppDbContext> Contexts => factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
}
