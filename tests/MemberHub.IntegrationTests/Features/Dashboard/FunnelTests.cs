using System.Net;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts.Funnel;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Introductions;
using MemberHub.Web.Features.Community.Ritual;
using MemberHub.Web.Features.Dashboard;
using MemberHub.Web.Features.Dashboard.Funnel;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.TestMode;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Dashboard;

/// <summary>The joining funnel: steps recorded as they happen, once per person, and counted per bucket and source. The clock stands at 2026-11-26 08:00 UTC.</summary>
public sealed class FunnelTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private JoiningFunnel Funnel => factory.Services.GetRequiredService<JoiningFunnel>();

    private Task<List<FunnelStep>> StepsOfAsync(string person) =>
        factory.QueryAsync(db => db.Set<FunnelStep>().Where(s => s.PersonKey == person).OrderBy(s => s.Id).ToListAsync());

    [Fact]
    public async Task A_visitors_visit_counts_once_and_becomes_theirs_with_its_source_when_they_sign_up()
    {
        using var client = factory.CreateTestClient();
        var email = $"newcomer-{Guid.NewGuid():N}@test.local";

        var first = await client.Http.PostAsync("/funnel/visit?source=News-Letter", null);
        var again = await client.Http.PostAsync("/funnel/visit?source=other", null);
        await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "New Comer", ["Input.Email"] = email, ["Input.Password"] = "Newcomer-pass-1", ["Input.ConfirmPassword"] = "Newcomer-pass-1",
        });
        var userId = await factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        var steps = await StepsOfAsync(userId);
        Assert.Equal([JoiningStep.Visited, JoiningStep.SignedUp], steps.Select(s => s.Step));
        // The first visit's campaign, cleaned, for every step; and the same first sighting.
        Assert.All(steps, s => Assert.Equal("news-letter", s.Source));
        Assert.All(steps, s => Assert.Equal(steps[0].AtUtc, s.FirstSeenAtUtc));
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<FunnelStep>().CountAsync(s => s.PersonKey.StartsWith("v-") && s.Source == "news-letter")));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", null, "scriptalert1script")]
    [InlineData("", "FRIEND-42", "ref:friend-42")]
    [InlineData("   ", null, null)]
    [InlineData("a-campaign-name-far-longer-than-anyone-would-ever-type-in-a-link", null, "a-campaign-name-far-longer-than-anyone-would")]
    public void A_source_is_kept_in_a_few_safe_characters(string? utm, string? referral, string? kept)
    {
        Assert.Equal(kept, JoiningFunnel.SourceOf(utm, referral));
    }

    [Fact]
    public async Task A_cookie_that_this_app_did_not_make_cannot_move_anyones_steps()
    {
        var member = await factory.MemberAsync();
        await Funnel.RecordAsync(member.Id, JoiningStep.Visited, "ads");

        Assert.False(JoiningFunnel.IsVisitorKey(member.Id));
        Assert.False(JoiningFunnel.IsVisitorKey("v-" + new string('g', 32)));
        Assert.True(JoiningFunnel.IsVisitorKey(JoiningFunnel.NewVisitorKey()));
        var before = (await StepsOfAsync(member.Id)).Select(s => s.Step).Order().ToList();
        var newcomer = await factory.CreateUserAsync();
        await Funnel.SignedUpAsync(newcomer.Id, member.Id);

        Assert.Equal(before, (await StepsOfAsync(member.Id)).Select(s => s.Step).Order());
        Assert.DoesNotContain(await StepsOfAsync(newcomer.Id), s => s.Step == JoiningStep.Visited);
    }

    [Fact]
    public async Task Joining_for_real_records_each_step_once_from_checkout_to_the_first_post()
    {
        var tier = await factory.CreateTierAsync("Funnel " + Guid.NewGuid().ToString("N")[..4]);
        var member = await factory.CreateUserAsync();
        var checkout = factory.Services.GetRequiredService<CheckoutService>();

        var start = await checkout.StartAsync(member.Id, tier.Id, BillingInterval.Month, "http://localhost/");
        await checkout.StartAsync(member.Id, tier.Id, BillingInterval.Month, "http://localhost/");
        await factory.Services.GetRequiredService<TestModeBillingGateway>().CompleteCheckoutAsync(start.Value![TestModeBillingGateway.CheckoutPath.Length..]);
        var rules = (await factory.Services.GetRequiredService<CommunitySettingsService>().GetAsync()).RulesVersion;
        Assert.True((await factory.Services.GetRequiredService<JoiningRitual>().AcceptRulesAsync(member.Id, rules)).Succeeded);
        Assert.True((await factory.Services.GetRequiredService<IntroductionService>().IntroduceAsync(member.Id,
            "I teach watercolour to adults and want to run a paid circle for my students.")).Succeeded);
        await factory.AskAsync(member.Id);
        await factory.AskAsync(member.Id, Board.Input("A second question from the same member?"));

        var steps = await StepsOfAsync(member.Id);
        Assert.Equal([JoiningStep.CheckoutStarted, JoiningStep.Paid, JoiningStep.RulesAccepted, JoiningStep.Introduced, JoiningStep.FirstPost],
            steps.Select(s => s.Step));
    }

    [Fact]
    public async Task The_funnel_counts_people_first_seen_in_the_range_by_step_bucket_and_source()
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var tier = await factory.CreateTierAsync("Funnel counts");
        // Everyone is first seen between 60 and 50 days ago: in a range of their own, away from other tests' people.
        var start = now.AddDays(-60).Date;
        var paidKept = (await factory.CreateUserAsync()).Id;
        var paidLeft = (await factory.CreateUserAsync()).Id;
        var paidLately = (await factory.CreateUserAsync()).Id;
        var signedUpOnly = (await factory.CreateUserAsync()).Id;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            void Steps(string person, string? source, DateTime firstSeen, params (JoiningStep Step, DateTime At)[] steps) =>
                db.AddRange(steps.Select(s => new FunnelStep { PersonKey = person, Step = s.Step, Source = source, FirstSeenAtUtc = firstSeen, AtUtc = s.At }));
            // Two visitors from a newsletter, one who only looked.
            Steps(paidKept, "newsletter", start.AddHours(1), (JoiningStep.Visited, start.AddHours(1)), (JoiningStep.SignedUp, start.AddHours(2)),
                (JoiningStep.CheckoutStarted, start.AddHours(3)), (JoiningStep.Paid, start.AddHours(4)), (JoiningStep.RulesAccepted, start.AddHours(5)),
                (JoiningStep.Introduced, start.AddDays(1)), (JoiningStep.FirstPost, start.AddDays(2)));
            Steps("v-" + new string('a', 32), "newsletter", start.AddDays(1), (JoiningStep.Visited, start.AddDays(1)));
            // Paid but left 10 days later: not kept.
            Steps(paidLeft, null, start.AddDays(2), (JoiningStep.Visited, start.AddDays(2)), (JoiningStep.SignedUp, start.AddDays(2)),
                (JoiningStep.CheckoutStarted, start.AddDays(2)), (JoiningStep.Paid, start.AddDays(2)));
            // Paid 5 days ago: too soon to say whether they stay.
            Steps(paidLately, null, start.AddDays(3), (JoiningStep.SignedUp, start.AddDays(3)), (JoiningStep.CheckoutStarted, now.AddDays(-5)),
                (JoiningStep.Paid, now.AddDays(-5)));
            Steps(signedUpOnly, "ref:friend", start.AddDays(9), (JoiningStep.SignedUp, start.AddDays(9)));
            // First seen the day before the range: left out.
            Steps("v-" + new string('b', 32), "newsletter", start.AddDays(-1), (JoiningStep.Visited, start.AddDays(-1)));
            foreach (var (person, ended) in new[] { (paidKept, (DateTime?)null), (paidLeft, start.AddDays(12)), (paidLately, null) })
            {
                db.Add(new Membership
                {
                    UserId = person, TierId = tier.Id, Source = MembershipSource.Stripe, Status = ended is null ? MembershipStatus.Active : MembershipStatus.Ended,
                    StartedAtUtc = start, UpdatedAtUtc = now, EndedAtUtc = ended, Interval = BillingInterval.Month,
                });
            }
            await db.SaveChangesAsync();
        }
        var range = new ReportRange(DateOnly.FromDateTime(start), DateOnly.FromDateTime(start.AddDays(9)), Bucket.Week);

        var report = await factory.Services.GetRequiredService<FunnelReport>().ReadAsync((await factory.OwnerAsync()).Id, range);

        Assert.True(report.Succeeded, report.Error);
        var total = report.Value!.Total;
        Assert.Equal([3, 4, 3, 3, 1, 1, 1, 1], total.Counts);
        Assert.Equal(4.0 / 3, total.Conversion(JoiningStep.SignedUp));
        Assert.Equal(1.0 / 3, total.Conversion(JoiningStep.RulesAccepted));
        Assert.Null(total.Conversion(JoiningStep.Visited));
        var newsletter = report.Value.Sources.Single(s => s.Source == "newsletter").Counts;
        Assert.Equal([2, 1, 1, 1, 1, 1, 1, 1], newsletter.Counts);
        Assert.Equal([1, 2, 2, 2, 0, 0, 0, 0], report.Value.Sources.Single(s => s.Source is null).Counts.Counts);
        Assert.Equal([0, 1, 0, 0, 0, 0, 0, 0], report.Value.Sources.Single(s => s.Source == "ref:friend").Counts.Counts);
        Assert.Equal(total.Counts, report.Value.Buckets.Select(b => b.Counts).Aggregate(StageCounts.Empty, (a, b) => a.Plus(b)).Counts);
    }

    [Fact]
    public async Task Only_the_owner_reads_the_funnel_and_an_empty_range_gives_zeros_not_errors()
    {
        var member = await factory.MemberAsync();
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var report = factory.Services.GetRequiredService<FunnelReport>();

        var refused = await report.ReadAsync(member.Id, ReportRange.Default(today));
        var empty = await report.ReadAsync((await factory.OwnerAsync()).Id, new ReportRange(today.AddYears(-4), today.AddYears(-4).AddDays(3), Bucket.Month));

        Assert.False(refused.Succeeded);
        Assert.True(empty.Succeeded);
        Assert.All(empty.Value!.Total.Counts, c => Assert.Equal(0, c));
        Assert.All(StageCounts.Stages, s => Assert.Null(empty.Value.Total.Conversion(s)));
        Assert.Empty(empty.Value.Sources);
    }
}
