using System.Globalization;
using System.Security.Claims;
using MemberHub.Web.Components.Shared;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Infrastructure.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.Tests.Components;

public class LocalTimeTests : BunitContext
{
    private static readonly DateTime EveningInLondon = new(2026, 1, 15, 20, 30, 0, DateTimeKind.Utc);

    public LocalTimeTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        Services.AddSingleton<ICommunityDefaults>(new FixedDefaults("America/New_York"));
    }

    [Theory]
    [InlineData("Asia/Shanghai", "1/16/2026 4:30 AM Shanghai")]
    [InlineData("Europe/London", "1/15/2026 8:30 PM London")]
    [InlineData("America/Los_Angeles", "1/15/2026 12:30 PM Los Angeles")]
    public void Stored_utc_time_is_shown_in_the_members_own_zone(string zone, string expected)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("member");
        auth.SetClaims(new Claim(AppClaims.TimeZone, zone));

        var cut = Render<LocalTime>(p => p.Add(c => c.Utc, EveningInLondon));

        Assert.Equal(expected, Text(cut));
        Assert.Equal("2026-01-15T20:30:00.0000000Z", cut.Find("time").GetAttribute("datetime"));
    }

    [Fact]
    public void Visitors_and_members_without_a_zone_see_the_community_default()
    {
        AddAuthorization().SetNotAuthorized();

        var cut = Render<LocalTime>(p => p.Add(c => c.Utc, EveningInLondon));

        Assert.Equal("1/15/2026 3:30 PM New York", Text(cut));
        Assert.Contains("America/New_York", cut.Find("time").GetAttribute("title"));
    }

    [Fact]
    public void A_member_without_a_zone_of_their_own_sees_their_browsers_zone_before_the_communitys()
    {
        AddAuthorization().SetAuthorized("member");

        var cut = Render<LocalTime>(p => p.Add(c => c.Utc, EveningInLondon).Add(c => c.Format, "t")
            .AddCascadingValue("BrowserTimeZone", "Europe/Berlin"));

        Assert.Equal("9:30 PM Berlin", Text(cut));
    }

    [Fact]
    public void A_member_whose_profile_names_a_zone_keeps_it_whatever_the_browser_says()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("member");
        auth.SetClaims(new Claim(AppClaims.TimeZone, "Asia/Shanghai"));

        var cut = Render<LocalTime>(p => p.Add(c => c.Utc, EveningInLondon).Add(c => c.Format, "t")
            .AddCascadingValue("BrowserTimeZone", "Europe/Berlin"));

        Assert.Equal("4:30 AM Shanghai", Text(cut));
    }

    [Fact]
    public void A_talk_time_also_says_the_hosts_time_when_the_zones_differ()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("member");
        auth.SetClaims(new Claim(AppClaims.TimeZone, "Europe/Berlin"));

        var differs = Render<LocalTime>(p => p.Add(c => c.Utc, EveningInLondon).Add(c => c.Format, "t").Add(c => c.AlsoIn, "Asia/Shanghai"));
        var same = Render<LocalTime>(p => p.Add(c => c.Utc, EveningInLondon).Add(c => c.Format, "t").Add(c => c.AlsoIn, "Europe/Berlin"));
        var dateOnly = Render<LocalTime>(p => p.Add(c => c.Utc, EveningInLondon).Add(c => c.Format, "D"));

        Assert.Equal("9:30 PM Berlin (4:30 AM Shanghai)", Plain(differs.Markup));
        Assert.Equal("9:30 PM Berlin", Plain(same.Markup));
        Assert.Equal("Thursday, January 15, 2026", Text(dateOnly));
    }

    private static string Plain(string markup) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(markup, "<[^>]+>", "")).Replace('\u202f', ' ').Trim();

    [Fact]
    public void Daylight_saving_time_is_applied_for_the_date_shown()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("member");
        auth.SetClaims(new Claim(AppClaims.TimeZone, "Europe/Berlin"));

        var summer = Render<LocalTime>(p => p.Add(c => c.Utc, new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc)).Add(c => c.Format, "HH:mm"));

        Assert.Equal("14:00 Berlin", Text(summer));
    }

    // ICU puts a narrow no-break space before AM/PM.
    private static string Text(IRenderedComponent<LocalTime> cut) => cut.Find("time").TextContent.Replace('\u202f', ' ');

    private sealed class FixedDefaults(string zone) : ICommunityDefaults
    {
        public Task<string> GetDefaultLanguageAsync() => Task.FromResult("en");
        public Task<string> GetDefaultTimeZoneAsync() => Task.FromResult(zone);
    }
}
