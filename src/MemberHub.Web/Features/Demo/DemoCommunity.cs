using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Introductions;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Community.Ritual;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Memberships.TestMode;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Demo;

public sealed record DemoAccount(string Email, string DisplayName, string Role, string? Language = null, string? TimeZone = null);

/// <summary>Fills an empty database with a small, believable community so a fresh clone has something to explore.</summary>
public sealed class DemoCommunity(
    StaffAccounts accounts, UserManager<ApplicationUser> users, CommunitySettingsService settings,
    TierService tiers, CheckoutService checkout, IBillingGateway gateway, MembershipAdminService memberships, TimeProvider clock,
    JoiningRitual ritual, ProfileService profiles, IntroductionService introductions, DemoBoard board, DemoTalks demoTalks,
    Community.Seasons.SeasonService seasons,
    IOptions<DemoOptions> options, IOptions<StorageOptions> storage, IWebHostEnvironment environment,
    ILogger<DemoCommunity> logger)
{
    public static readonly DemoAccount[] Accounts =
    [
        new("owner@demo.memberhub.local", "Lin Wei", AppRoles.Owner, null, "Asia/Shanghai"),
        new("expert@demo.memberhub.local", "Dr. Chen Yu", AppRoles.Expert, "zh-Hans", "Asia/Shanghai"),
        new("expert2@demo.memberhub.local", "Maya Patel", AppRoles.Expert, "en", "Europe/London"),
        new("moderator@demo.memberhub.local", "Sam Ortiz", AppRoles.Moderator, "en", "America/New_York"),
        new("member@demo.memberhub.local", "Li Na", "Member", "zh-Hans", "Asia/Shanghai"),
        new("member2@demo.memberhub.local", "Tom Baker", "Member", "en", "Europe/Berlin"),
    ];

    public async Task SeedAsync()
    {
        var password = options.Value.Password;
        var ids = new Dictionary<string, string>();
        foreach (var account in Accounts)
        {
            var user = await accounts.EnsureUserAsync(account.Email, password, account.DisplayName, account.Language, account.TimeZone);
            ids[account.Email] = user.Id;
            if (account.Role != "Member" && !await users.IsInRoleAsync(user, account.Role))
            {
                await users.AddToRoleAsync(user, account.Role);
            }
        }
        var firstStart = (await settings.GetAsync()).UpdatedAtUtc == default;
        if (firstStart)
        {
            await SeedMembershipsAsync(ids);
        }

        await settings.InitializeAsync(new CommunitySettingsInput
        {
            Name = "Community Builders Circle",
            NameZh = "社群主理人学习圈",
            Tagline = "A paid circle for people who run learning communities",
            TaglineZh = "社群主理人的付费学习圈",
            DescriptionMarkdown = ReadContent("community/description.md"),
            DescriptionMarkdownZh = ReadContent("community/description.zh-Hans.md"),
            RulesMarkdown = ReadContent("community/rules.md"),
            RulesMarkdownZh = ReadContent("community/rules.zh-Hans.md"),
            WelcomeMessage = "Welcome! Start with the rules, then introduce yourself: who you are and what you do.",
            WelcomeMessageZh = "欢迎！先读群规，再做个自我介绍。",
            DefaultLanguage = "en",
            DefaultTimeZone = "Asia/Shanghai",
        });
        if (firstStart)
        {
            await SeedCommunityAsync(ids);
        }
    }

    private static readonly (string Email, string Headline, string City, string? Introduction)[] People =
    [
        ("owner@demo.memberhub.local", "I run this circle, and a 300-member writing community before it", "Shanghai", null),
        ("expert@demo.memberhub.local", "Community strategist: pricing, onboarding, retention", "Hangzhou",
            "大家好，我是陈宇。做了八年社群运营，帮 40 多个付费社群设计过定价和入群流程。在这里我主要回答**定价、入群和留存**的问题。"),
        ("expert2@demo.memberhub.local", "I design learning tracks for online schools", "London",
            "Hi all, I'm Maya. I design staged curricula for online schools — from beginner to advanced, released step by step. Ask me about **content that people actually finish**."),
        ("moderator@demo.memberhub.local", "Moderator; I keep things on topic and ad-free", "New York", null),
        ("member@demo.memberhub.local", "I run a paid parenting circle of 120 families", "Shanghai",
            "大家好，我是李娜，运营一个 120 个家庭的付费育儿社群。最近在纠结年费该怎么定，也想学习怎么让潜水的成员开口。"),
        ("member2@demo.memberhub.local", "Language teacher starting a small paid study group", "Berlin",
            "Hello! I'm Tom, a German teacher in Berlin. I'm about to turn my free WeChat study group into a small paid circle and want to get the joining ritual right."),
    ];

    private async Task SeedCommunityAsync(IReadOnlyDictionary<string, string> ids)
    {
        var version = (await settings.GetAsync()).RulesVersion;
        foreach (var person in People)
        {
            var userId = ids[person.Email];
            await ritual.AcceptRulesAsync(userId, version);
            var input = await profiles.InputForAsync(userId);
            input.Headline = person.Headline;
            input.City = person.City;
            await profiles.SaveAsync(userId, input);
            if (person.Introduction is { } text)
            {
                await introductions.IntroduceAsync(userId, text);
            }
        }
        var feed = await introductions.FeedAsync(ids[Accounts[0].Email]);
        var liNa = feed.FirstOrDefault(i => i.AuthorId == ids["member@demo.memberhub.local"]);
        if (liNa is not null)
        {
            await introductions.WelcomeAsync(ids["expert@demo.memberhub.local"], liNa.Id);
            await introductions.WelcomeAsync(ids["member2@demo.memberhub.local"], liNa.Id);
            await introductions.ReplyAsync(ids["expert@demo.memberhub.local"], liNa.Id,
                "欢迎李娜！年费可以先参考你每月能稳定提供的价值，我们在问答区细聊。");
        }
        await board.SeedAsync(ids);
        await demoTalks.SeedAsync(ids);
        // The season running now (all the demo's posts are in it, so nothing is archived yet).
        var today = clock.GetUtcNow().UtcDateTime.Date;
        await seasons.SaveAsync(ids[Accounts[0].Email], new Community.Seasons.SeasonInput
        {
            NameEn = "Winter cohort", NameZh = "第 3 期", StartsOn = today.AddDays(-60), EndsOn = today.AddDays(60),
        });
    }

    private async Task SeedMembershipsAsync(IReadOnlyDictionary<string, string> ids)
    {
        var owner = ids[Accounts[0].Email];
        var circle = await tiers.SaveAsync(owner, new TierInput
        {
            NameEn = "Circle", NameZh = "圈友",
            DescriptionEn = "Everything you need to run your first paid community.",
            DescriptionZh = "运营第一个付费社群所需的一切。",
            PerksEn = "Q&A board with resident experts\nBeginner and intermediate tracks\nGuest talks and replays",
            PerksZh = "驻群专家答疑\n入门与进阶学习路径\n嘉宾分享与回放",
            Rank = 10, MonthlyPrice = 39, YearlyPrice = 299, Currency = "cny", TrialDays = 7,
            // The 知识星球 way beside the subscription: a year paid once with Alipay or WeChat Pay, cheaper to renew early.
            PassDays = 365, PassPrice = 269, PassRenewalPrice = 199, PassByAlipay = true, PassByWechatPay = true,
        });
        var pro = await tiers.SaveAsync(owner, new TierInput
        {
            NameEn = "Pro", NameZh = "进阶",
            DescriptionEn = "For operators growing past 100 members.",
            DescriptionZh = "适合成员超过 100 人、正在扩张的主理人。",
            PerksEn = "Everything in Circle\nAdvanced track\nMonthly office hours with experts",
            PerksZh = "包含圈友全部权益\n高级学习路径\n每月专家答疑时间",
            Rank = 20, MonthlyPrice = 99, YearlyPrice = 799, Currency = "cny", MemberCap = 50,
        });
        if (!circle.Succeeded || !pro.Succeeded)
        {
            logger.LogWarning("Demo tiers were not created: {Error}", circle.Error ?? pro.Error);
            return;
        }
        // In test mode a demo member pays through the local checkout, exactly as a visitor would.
        if (gateway is TestModeBillingGateway testMode)
        {
            var url = await checkout.StartAsync(ids["member@demo.memberhub.local"], pro.Value, BillingInterval.Month, "http://localhost/");
            if (url is { Succeeded: true, Value: { } checkoutUrl })
            {
                await testMode.CompleteCheckoutAsync(checkoutUrl[(checkoutUrl.LastIndexOf('/') + 1)..]);
            }
        }
        await memberships.GrantComplimentaryAsync(owner, ids["member2@demo.memberhub.local"], circle.Value,
            clock.GetUtcNow().UtcDateTime.AddMonths(3));
    }

    public void PrintAccounts()
    {
        var lines = Accounts.Select(a => $"  {a.Role,-10} {a.Email,-34} {options.Value.Password}");
        logger.LogWarning("Demo community accounts (password shown; never enable Demo:Seed on a public site):{NewLine}{Accounts}",
            Environment.NewLine, string.Join(Environment.NewLine, lines));
    }

    private string ReadContent(string relativePath)
    {
        var path = Path.Combine(storage.Value.ResolveContentDirectory(environment.ContentRootPath), relativePath);
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }
        logger.LogWarning("Demo content {Path} not found; using a placeholder", path);
        return "";
    }
}
