using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Community;

public class CommunitySettingsTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private static CommunitySettingsInput Valid() => new()
    {
        Name = "Pottery Circle",
        Tagline = "Wheel-throwing for grown-ups",
        DescriptionMarkdown = "We **throw** pots. <script>alert(1)</script> [x](javascript:alert(1))",
        RulesMarkdown = "Be kind.",
        WelcomeMessage = "Welcome in!",
        DefaultLanguage = "zh-Hans",
        DefaultTimeZone = "Asia/Shanghai",
    };

    private CommunitySettingsService Settings => factory.Services.GetRequiredService<CommunitySettingsService>();

    [Fact]
    public async Task Owner_saves_settings_and_the_home_page_shows_them_with_markdown_made_safe()
    {
        var owner = await factory.OwnerAsync();

        var outcome = await Settings.SaveAsync(owner.Id, Valid());

        Assert.True(outcome.Succeeded, outcome.Error);
        using var client = factory.CreateTestClient();
        var home = await client.GetAsync("/");
        Assert.Equal("Pottery Circle", home.Find("#community-name")!.TextContent);
        Assert.Contains("<strong>throw</strong>", home.Html);
        Assert.DoesNotContain("<script>alert(1)", home.Html);
        Assert.DoesNotContain("javascript:alert", home.Html);
    }

    [Fact]
    public async Task A_chinese_home_page_shows_the_community_in_chinese_and_falls_back_to_english_where_none_is_given()
    {
        var owner = await factory.OwnerAsync();
        var input = Valid();
        input.NameZh = "陶艺圈";
        input.TaglineZh = "给成年人的拉坯课";
        input.DescriptionMarkdownZh = "我们**拉坯**。<script>alert(1)</script>";
        Assert.True((await Settings.SaveAsync(owner.Id, input)).Succeeded);
        using var client = factory.CreateTestClient();

        var chinese = await client.GetAsync("/", "zh-CN");
        var english = await client.GetAsync("/", "en-US");
        input.DescriptionMarkdownZh = "";
        Assert.True((await Settings.SaveAsync(owner.Id, input)).Succeeded);
        var fallback = await client.GetAsync("/", "zh-CN");

        Assert.Equal("陶艺圈", chinese.Find("#community-name")!.TextContent);
        Assert.Equal("陶艺圈", chinese.Find(".app-title")!.TextContent.Trim());
        Assert.Contains("给成年人的拉坯课", chinese.Text);
        Assert.Contains("<strong>拉坯</strong>", chinese.Html);
        Assert.DoesNotContain("<script>alert(1)", chinese.Html);
        Assert.Equal("Pottery Circle", english.Find("#community-name")!.TextContent);
        Assert.DoesNotContain("陶艺圈", english.Html);
        Assert.Contains("<strong>throw</strong>", fallback.Html);
    }

    [Fact]
    public async Task Changing_only_the_chinese_rules_asks_members_to_accept_them_again()
    {
        var owner = await factory.OwnerAsync();
        var input = Valid();
        Assert.True((await Settings.SaveAsync(owner.Id, input)).Succeeded);
        var before = (await Settings.GetAsync()).RulesVersion;

        input.RulesMarkdownZh = "友善待人。";
        Assert.True((await Settings.SaveAsync(owner.Id, input)).Succeeded);

        var settings = await Settings.GetAsync();
        Assert.Equal(before + 1, settings.RulesVersion);
        Assert.Contains("友善待人", settings.RulesHtmlIn(chinese: true));
        Assert.Contains("Be kind.", settings.RulesHtmlIn(chinese: false));
    }

    [Theory]
    [InlineData("", "Name", "This field is required.")]
    [InlineData("   ", "Name", "This field is required.")]
    public async Task Settings_without_a_name_are_refused_and_nothing_is_saved(string name, string field, string message)
    {
        var owner = await factory.OwnerAsync();
        var before = await Settings.GetAsync();
        var input = Valid();
        input.Name = name;
        input.Tagline = "should not be saved";

        var outcome = await Settings.SaveAsync(owner.Id, input);

        Assert.False(outcome.Succeeded);
        Assert.Equal(field, outcome.Field);
        Assert.Equal(message, outcome.Error);
        Assert.Equal(before.Tagline, (await Settings.GetAsync()).Tagline);
    }

    [Fact]
    public async Task Unknown_time_zone_and_language_are_refused()
    {
        var owner = await factory.OwnerAsync();
        var badZone = Valid();
        badZone.DefaultTimeZone = "Mars/Olympus";
        var badLanguage = Valid();
        badLanguage.DefaultLanguage = "fr";

        var zone = await Settings.SaveAsync(owner.Id, badZone);
        var language = await Settings.SaveAsync(owner.Id, badLanguage);

        Assert.Equal(nameof(CommunitySettingsInput.DefaultTimeZone), zone.Field);
        Assert.Equal(nameof(CommunitySettingsInput.DefaultLanguage), language.Field);
    }

    [Fact]
    public async Task Over_long_name_is_refused()
    {
        var owner = await factory.OwnerAsync();
        var input = Valid();
        input.Name = new string('n', CommunitySettings.NameMaxLength + 1);

        var outcome = await Settings.SaveAsync(owner.Id, input);

        Assert.False(outcome.Succeeded);
        Assert.Equal("Must be at most 80 characters.", outcome.Error);
    }

    [Fact]
    public async Task Only_the_owner_may_save_settings()
    {
        var moderator = await factory.CreateUserAsync(role: AppRoles.Moderator);

        var outcome = await Settings.SaveAsync(moderator.Id, Valid());

        Assert.False(outcome.Succeeded);
        Assert.Equal("Only the community owner can change these settings.", outcome.Error);
    }

    [Fact]
    public async Task Changing_the_rules_raises_the_rules_version()
    {
        var owner = await factory.OwnerAsync();
        await Settings.SaveAsync(owner.Id, Valid());
        var before = (await Settings.GetAsync()).RulesVersion;

        var changed = Valid();
        changed.RulesMarkdown = "Be kind. No ads.";
        await Settings.SaveAsync(owner.Id, changed);
        await Settings.SaveAsync(owner.Id, changed);

        Assert.Equal(before + 1, (await Settings.GetAsync()).RulesVersion);
    }

    [Fact]
    public async Task Settings_page_is_refused_to_members_on_the_server()
    {
        var member = await factory.CreateUserAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        var page = await client.GetAsync("/owner/settings");

        Assert.Equal("/Account/AccessDenied", page.Path);
    }

    [Fact]
    public async Task Each_version_of_the_rules_is_kept_as_members_accepted_it_and_only_the_owner_reads_them()
    {
        var owner = await factory.OwnerAsync();
        var member = await factory.CreateUserAsync();
        var input = Valid();
        input.RulesMarkdown = "Be kind. Version one.";
        Assert.True((await Settings.SaveAsync(owner.Id, input)).Succeeded);
        var first = (await Settings.GetAsync()).RulesVersion;
        input.RulesMarkdown = "Be kind. **No ads.**";
        input.RulesMarkdownZh = "友善待人，不发广告。";
        Assert.True((await Settings.SaveAsync(owner.Id, input)).Succeeded);
        input.Tagline = "Only the tagline changed";
        Assert.True((await Settings.SaveAsync(owner.Id, input)).Succeeded);

        var history = await Settings.RulesHistoryAsync(owner.Id);

        Assert.NotNull(history);
        Assert.Equal(first + 1, history[0].Version);
        Assert.Equal(("Be kind. **No ads.**", "友善待人，不发广告。"), (history[0].RulesMarkdown, history[0].RulesMarkdownZh));
        Assert.Equal(first, history[1].Version);
        Assert.Equal(("Be kind. Version one.", ""), (history[1].RulesMarkdown, history[1].RulesMarkdownZh));
        Assert.Null(await Settings.RulesHistoryAsync(member.Id));
        Assert.Null(await Settings.RulesHistoryAsync(null));
        using var client = factory.CreateTestClient();
        await client.LogInAsync(owner.Email!, MemberHubFactory.OwnerPassword);
        var page = await client.GetAsync("/owner/settings");
        // The community's default language is Chinese in these settings.
        Assert.Contains($"第 {first + 1} 版", page.Find("[data-testid=rules-history]")!.TextContent);
        Assert.Contains($"第 {first} 版", page.Find("[data-testid=rules-history]")!.TextContent);
    }
}
