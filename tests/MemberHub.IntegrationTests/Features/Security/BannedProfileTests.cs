using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.IntegrationTests.Infrastructure;
using MemberHub.Web.Features.Community.Moderation;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Security;

/// <summary>A banned member's public face goes with the ban; moderators still find it, to lift the ban.</summary>
public class BannedProfileTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    [Fact]
    public async Task A_banned_members_profile_is_no_longer_shown_to_members_but_moderators_still_see_it()
    {
        var banned = await factory.EstablishedMemberAsync(name: "Spammy " + Guid.NewGuid().ToString("N")[..4]);
        var reader = await factory.MemberAsync();
        var moderator = await factory.ModeratorAsync();
        await factory.Services.GetRequiredService<ModerationService>().BanAsync((await factory.OwnerAsync()).Id, banned.Id, "Spam", cancelSubscriptionNow: true);
        using var member = factory.CreateTestClient();
        using var staff = factory.CreateTestClient();
        await member.LogInAsync(reader.Email!, MemberHubFactory.Password);
        await staff.LogInAsync(moderator.Email!, MemberHubFactory.Password);

        var seenByMember = await member.GetAsync($"/members/{banned.Id}");
        var seenByModerator = await staff.GetAsync($"/members/{banned.Id}");

        Assert.DoesNotContain(banned.DisplayName, seenByMember.Text);
        Assert.Contains(banned.DisplayName, seenByModerator.Text);
    }
}
