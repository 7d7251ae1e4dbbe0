using System.Net;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Dashboard.Revenue;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Dashboard;

/// <summary>The dashboard page and its downloads: Owner only, bad ranges refused with a reason, an empty community shows empty states.</summary>
public sealed class DashboardPageTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task An_empty_community_shows_empty_states_and_no_numbers_made_of_nothing()
    {
        using var owner = factory.CreateTestClient();
        await owner.LogInAsync(MemberHubFactory.OwnerEmail, MemberHubFactory.OwnerPassword);

        var page = await owner.GetAsync("/owner?from=2026-09-01&to=2026-11-26&bucket=week");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("—", page.Find("[data-testid=trial-conversion] h5")!.TextContent.Trim());
        Assert.Equal("—", page.Find("[data-testid=churn] h5")!.TextContent.Trim());
        Assert.NotNull(page.Find("[data-testid=empty-mrr]"));
        Assert.Equal("—", page.Find("[data-testid=first-answer-median] h5")!.TextContent.Trim());
        Assert.Equal("—", page.Find("[data-testid=answered-share] h5")!.TextContent.Trim());
        Assert.NotNull(page.Find("[data-testid=empty-experts]"));
        Assert.NotNull(page.Find("[data-testid=empty-talks]"));
        Assert.Equal("—", page.Find("[data-testid=segment-core] h5")!.TextContent.Trim());
        Assert.NotNull(page.Find("[data-testid=empty-silent]"));
        Assert.Null(page.Find("[data-testid=most-stalled]"));
        Assert.Equal("No full calendar quarter with members yet.", page.Find("[data-testid=empty-lifecycle]")!.TextContent.Trim());
        Assert.DoesNotContain("NaN", page.Text);
        // Weeks run Monday to Sunday, cut to the range: 1–6 September, then twelve weeks from 7 September, the last ending on 26 November.
        Assert.Equal(13, page.Document.QuerySelectorAll("[data-testid=table-members] tbody tr").Length);
        Assert.Equal("2026-11-23", page.Document.QuerySelectorAll("[data-testid=table-members] tbody tr").Last().Children[0].TextContent);
    }

    [Theory]
    [InlineData("from=2026-11-01&to=2026-10-01", "The end date comes before the start date.")]
    [InlineData("from=2020-01-01&to=2026-11-01", "Choose at most 5 years.")]
    [InlineData("from=01.11.2026", "“01.11.2026” is not a date; use the date picker or write it as 2026-12-31.")]
    [InlineData("bucket=day", "Group by month or by week.")]
    public async Task A_bad_range_is_refused_with_its_reason_and_the_form_keeps_what_was_asked(string query, string reason)
    {
        using var owner = factory.CreateTestClient();
        await owner.LogInAsync(MemberHubFactory.OwnerEmail, MemberHubFactory.OwnerPassword);

        var page = await owner.GetAsync("/owner?" + query);
        var csv = await owner.Http.GetAsync("/owner/dashboard/tiers.csv?" + query);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(reason, page.Find("[data-testid=range-refused]")!.TextContent.Trim());
        if (query.StartsWith("from=", StringComparison.Ordinal))
        {
            Assert.Equal(query.Split('&')[0]["from=".Length..], page.Find("#range-from")!.GetAttribute("value"));
        }
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Contains(reason, await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_owner_downloads_a_table_as_csv_in_their_language()
    {
        await factory.CreateTierAsync("Tea, \"green\"", currency: "usd");
        using var owner = factory.CreateTestClient();
        await owner.LogInAsync(MemberHubFactory.OwnerEmail, MemberHubFactory.OwnerPassword);

        var english = await owner.Http.GetAsync("/owner/dashboard/tiers.csv?from=2026-11-01&to=2026-11-26");
        var bytes = await english.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);

        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Equal("text/csv", english.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Tier,Trial,Active,", text);
        Assert.Contains("\"Tea, \"\"green\"\"\",0,0,0,0,0,0\r\n", text);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Http.GetAsync("/owner/dashboard/secrets.csv")).StatusCode);
        foreach (var table in new[] { "mrr", "members", "experts", "waiting", "talks", "lessons", "core", "silent" })
        {
            Assert.Equal(HttpStatusCode.OK, (await owner.Http.GetAsync($"/owner/dashboard/{table}.csv")).StatusCode);
        }
    }

    [Fact]
    public async Task Members_and_experts_get_neither_the_page_nor_the_figures()
    {
        var member = await factory.CreateUserAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        var page = await client.Http.GetAsync("/owner");
        var csv = await client.Http.GetAsync("/owner/dashboard/mrr.csv");
        var direct = await factory.Services.GetRequiredService<RevenueReport>().ReadAsync(member.Id, Web.Features.Dashboard.ReportRange.Default(new DateOnly(2026, 11, 26)));

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, csv.StatusCode);
        Assert.False(direct.Succeeded);
        Assert.Equal("Only the community owner can see the dashboard.", direct.Error);
    }
}
