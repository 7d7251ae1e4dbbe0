using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Demo;

public sealed record DemoAccount(string Email, string DisplayName, string Role, string? Language = null, string? TimeZone = null);

/// <summary>Fills an empty database with a small, believable community so a fresh clone has something to explore.</summary>
public sealed class DemoCommunity(
    StaffAccounts accounts, UserManager<ApplicationUser> users, CommunitySettingsService settings,
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
        foreach (var account in Accounts)
        {
            var user = await accounts.EnsureUserAsync(account.Email, password, account.DisplayName, account.Language, account.TimeZone);
            if (account.Role != "Member" && !await users.IsInRoleAsync(user, account.Role))
            {
                await users.AddToRoleAsync(user, account.Role);
            }
        }

        await settings.InitializeAsync(new CommunitySettingsInput
        {
            Name = "Community Builders Circle",
            Tagline = "A paid circle for people who run learning communities — 社群主理人的付费学习圈",
            DescriptionMarkdown = ReadContent("community/description.md"),
            RulesMarkdown = ReadContent("community/rules.md"),
            WelcomeMessage = "Welcome! Start with the rules, then introduce yourself: who you are and what you do. 欢迎！先读群规，再做个自我介绍。",
            DefaultLanguage = "en",
            DefaultTimeZone = "Asia/Shanghai",
        });
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
