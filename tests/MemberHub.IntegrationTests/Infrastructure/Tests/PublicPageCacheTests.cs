using System.Net;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Talks;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Talks.Schedule;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Infrastructure.Tests;

/// <summary>Visitors' pages are rendered once and replayed; members always get their own page.</summary>
public class PublicPageCacheTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private static async Task<HttpResponseMessage> VisitAsync(HttpClient client, string url, string language = "en-US")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_visitors_home_page_is_replayed_from_the_cache_without_anyone_elses_cookie()
    {
        using var first = factory.CreateClient();
        using var second = factory.CreateClient();
        await VisitAsync(first, "/talks");

        using var replayed = await VisitAsync(second, "/talks");

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.True(replayed.Headers.Age.HasValue, "the second visitor's page came from the cache");
        Assert.False(replayed.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Each_language_has_its_own_cached_page()
    {
        using var client = factory.CreateClient();
        await VisitAsync(client, "/pricing");

        using var chinese = await VisitAsync(client, "/pricing", "zh-CN");

        Assert.Contains("lang=\"zh-Hans\"", await chinese.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_browser_time_zone_has_its_own_cached_page()
    {
        var owner = (await factory.OwnerAsync()).Id;
        var start = DateTime.UtcNow.AddDays(3);
        var saved = await factory.Schedule().SaveAsync(owner, null, new TalkInput
        {
            Title = "Zones", SpeakerName = "Maya Patel", HostId = owner, TimeZoneId = "UTC", JoinUrl = "https://meet.example/room-1",
            LocalStart = DateTime.SpecifyKind(start, DateTimeKind.Unspecified), LocalEnd = DateTime.SpecifyKind(start.AddHours(1), DateTimeKind.Unspecified),
        });
        using var berlin = factory.CreateClient();
        using var tokyo = factory.CreateClient();
        berlin.DefaultRequestHeaders.Add("Cookie", "mh.tz=Europe/Berlin");
        tokyo.DefaultRequestHeaders.Add("Cookie", "mh.tz=Asia/Tokyo");
        var inBerlin = await (await VisitAsync(berlin, $"/talks/{saved.Value}")).Content.ReadAsStringAsync();

        var inTokyo = await (await VisitAsync(tokyo, $"/talks/{saved.Value}")).Content.ReadAsStringAsync();

        Assert.True(saved.Succeeded, saved.Error);
        Assert.Contains("Berlin</span>", inBerlin);
        Assert.Contains("Tokyo</span>", inTokyo);
        Assert.DoesNotContain("Berlin</span>", inTokyo);
    }

    [Fact]
    public async Task A_signed_in_member_never_gets_the_visitors_page()
    {
        var member = await factory.MemberAsync(name: "Cache Reader");
        using var visitor = factory.CreateClient();
        await VisitAsync(visitor, "/");
        await VisitAsync(visitor, "/");
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        using var response = await VisitAsync(client.Http, "/");

        Assert.False(response.Headers.Age.HasValue);
        Assert.Contains("Cache Reader", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Renaming_the_community_shows_the_new_name_to_the_next_visitor_at_once()
    {
        var owner = await factory.OwnerAsync();
        var settings = factory.Services.GetRequiredService<CommunitySettingsService>();
        using var client = factory.CreateClient();
        await VisitAsync(client, "/");
        await VisitAsync(client, "/");
        var current = await settings.GetAsync();

        var saved = await settings.SaveAsync(owner.Id, new CommunitySettingsInput
        {
            Name = "Renamed While Cached",
            DefaultLanguage = current.DefaultLanguage,
            DefaultTimeZone = current.DefaultTimeZone,
        });
        var html = await (await VisitAsync(client, "/")).Content.ReadAsStringAsync();

        Assert.True(saved.Succeeded, saved.Error);
        Assert.Contains("Renamed While Cached", html);
    }
}
