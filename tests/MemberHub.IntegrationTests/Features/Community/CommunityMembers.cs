using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Introductions;
using MemberHub.Web.Features.Community.Ritual;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Community;

/// <summary>Members at each point of the joining ritual, made through the same services the pages use.</summary>
public static class CommunityMembers
{
    public static async Task<ApplicationUser> MemberAsync(this MemberHubFactory factory, bool acceptRules = true, bool introduce = true, string? name = null)
    {
        var user = await factory.CreateUserAsync(displayName: name);
        var tier = await factory.CommunityTierAsync();
        var granted = await factory.Services.GetRequiredService<MembershipAdminService>()
            .GrantComplimentaryAsync((await factory.OwnerAsync()).Id, user.Id, tier.Id, DateTime.UtcNow.AddDays(60));
        Assert.True(granted.Succeeded, granted.Error);
        if (acceptRules)
        {
            var version = (await factory.Services.GetRequiredService<CommunitySettingsService>().GetAsync()).RulesVersion;
            Assert.True((await factory.Services.GetRequiredService<JoiningRitual>().AcceptRulesAsync(user.Id, version)).Succeeded);
        }
        if (introduce)
        {
            var introduced = await factory.Services.GetRequiredService<IntroductionService>()
                .IntroduceAsync(user.Id, $"Hello, I am {user.DisplayName} and I run a small study circle.");
            Assert.True(introduced.Succeeded, introduced.Error);
        }
        return user;
    }

    // One tier serves every community test member of a factory, so tests do not pile up tiers.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MemberHubFactory, Task<Web.Features.Memberships.Tiers.Tier>> Tiers = new();

    private static Task<Web.Features.Memberships.Tiers.Tier> CommunityTierAsync(this MemberHubFactory factory) =>
        Tiers.GetValue(factory, f => f.CreateTierAsync("Community"));

    /// <summary>A member past the link-free period: joined a month ago, with posts behind them.</summary>
    public static async Task<ApplicationUser> EstablishedMemberAsync(this MemberHubFactory factory, string? name = null)
    {
        var member = await factory.MemberAsync(name: name);
        // Tracked saves, as the app makes them, so the kept viewer learns of the change.
        await factory.QueryAsync(async db =>
        {
            (await db.Set<Web.Features.Memberships.Billing.Membership>().SingleAsync(m => m.UserId == member.Id)).StartedAtUtc = DateTime.UtcNow.AddDays(-30);
            (await db.Set<Web.Features.Community.Profiles.MemberProfile>().SingleAsync(p => p.UserId == member.Id)).PostCount = 10;
            return await db.SaveChangesAsync();
        });
        return member;
    }

    public static IntroductionService Introductions(this MemberHubFactory factory) => factory.Services.GetRequiredService<IntroductionService>();

    public static async Task<int> IntroductionOfAsync(this MemberHubFactory factory, string userId) =>
        await factory.QueryAsync(db => db.Set<Introduction>().Where(i => i.AuthorId == userId).Select(i => i.Id).SingleAsync());

    public static async Task<List<Notification>> NotificationsOfAsync(this MemberHubFactory factory, string userId) =>
        await factory.QueryAsync(db => db.Set<Notification>().Where(n => n.RecipientId == userId).OrderBy(n => n.Id).ToListAsync());
}
