using System.Net;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Accounts;

public class LanguageAndTimeZoneTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    [Theory]
    [InlineData("zh-CN,zh;q=0.9", "首页", "zh-Hans")]
    [InlineData("zh-Hans", "首页", "zh-Hans")]
    [InlineData("en-GB,en;q=0.8", "Home", "en")]
    public async Task Browser_language_is_the_default(string acceptLanguage, string homeLink, string htmlLang)
    {
        using var client = factory.CreateTestClient();

        var page = await client.GetAsync("/", acceptLanguage);

        Assert.Equal(htmlLang, page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains(homeLink, page.Find(".mud-navmenu")!.TextContent);
    }

    [Fact]
    public async Task Unsupported_browser_language_falls_back_to_the_community_default()
    {
        var settings = factory.Services.GetRequiredService<CommunitySettingsService>();
        var input = CommunitySettingsInput.From(await settings.GetAsync());
        input.DefaultLanguage = "zh-Hans";
        Assert.True((await settings.SaveAsync((await factory.OwnerAsync()).Id, input)).Succeeded);
        using var client = factory.CreateTestClient();

        var page = await client.GetAsync("/", "fr-FR");

        Assert.Equal("zh-Hans", page.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Language_switch_sets_a_cookie_that_wins_over_the_browser()
    {
        using var client = factory.CreateTestClient();

        var switched = await client.GetAsync("/culture/set?culture=zh-Hans&returnUrl=%2FAccount%2FLogin", "en-US");

        Assert.Equal("/Account/Login", switched.Path);
        Assert.Equal("zh-Hans", switched.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("使用邮箱和密码登录", switched.Text);
        var again = await client.GetAsync("/", "en-US");
        Assert.Contains("首页", again.Find(".mud-navmenu")!.TextContent);
    }

    [Fact]
    public async Task Language_switch_is_kept_in_the_profile_and_follows_the_member_to_another_browser()
    {
        var member = await factory.CreateUserAsync();
        using var laptop = factory.CreateTestClient();
        await laptop.LogInAsync(member.Email!, MemberHubFactory.Password);

        var english = await laptop.GetAsync("/", "en-US");
        await english.SubmitAsync(laptop, "language-switch", new Dictionary<string, string>());

        var stored = await factory.WithScopeAsync(sp => sp.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(member.Id));
        Assert.Equal("zh-Hans", stored!.Language);
        using var phone = factory.CreateTestClient();
        var home = await phone.LogInAsync(member.Email!, MemberHubFactory.Password);
        Assert.Equal("/", home.Path);
        var page = await phone.GetAsync("/", "en-US");
        Assert.Equal("zh-Hans", page.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_language_link_followed_with_GET_sets_the_cookie_but_never_the_stored_preference()
    {
        var member = await factory.CreateUserAsync(language: "en");
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        var page = await client.GetAsync("/culture/set?culture=zh-Hans&returnUrl=%2F");

        Assert.Equal("zh-Hans", page.Document.DocumentElement.GetAttribute("lang"));
        var stored = await factory.WithScopeAsync(sp => sp.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(member.Id));
        Assert.Equal("en", stored!.Language);
    }

    [Fact]
    public async Task Language_switch_post_without_an_antiforgery_token_is_refused()
    {
        using var client = factory.CreateTestClient();
        using var response = await client.Http.PostAsync("/culture/set", new FormUrlEncodedContent([new("culture", "zh-Hans"), new("returnUrl", "/")]));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    [InlineData("xx-not-a-culture")]
    public async Task Unsupported_language_switch_is_a_400_with_a_reason(string culture)
    {
        using var client = factory.CreateTestClient();
        using var response = await client.Http.GetAsync($"/culture/set?culture={culture}&returnUrl=%2F");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("en, zh-Hans", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Language_switch_never_redirects_off_site()
    {
        using var client = factory.CreateTestClient();
        using var response = await client.Http.GetAsync("/culture/set?culture=en&returnUrl=https%3A%2F%2Fevil.example%2F");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Dates_are_shown_in_the_members_own_time_zone()
    {
        // The owner's People page lists when each account was created, in the viewer's zone.
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var owner = (await users.FindByEmailAsync(MemberHubFactory.OwnerEmail))!;
            owner.TimeZoneId = "Asia/Shanghai";
            owner.Language = "en";
            return await users.UpdateAsync(owner);
        });
        var member = await factory.CreateUserAsync(displayName: "Night Owl");
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = (await users.FindByIdAsync(member.Id))!;
            stored.CreatedAtUtc = new DateTime(2026, 3, 1, 20, 30, 0, DateTimeKind.Utc);
            return await users.UpdateAsync(stored);
        });
        using var client = factory.CreateTestClient();
        await client.LogInAsync(MemberHubFactory.OwnerEmail, MemberHubFactory.OwnerPassword);

        var page = await client.GetAsync("/owner/people");

        var time = page.Document.QuerySelectorAll("time").First(t => t.GetAttribute("datetime")!.StartsWith("2026-03-01T20:30"));
        Assert.Equal("3/2/2026", time.TextContent);
        Assert.Contains("Asia/Shanghai", time.GetAttribute("title"));
    }
}
