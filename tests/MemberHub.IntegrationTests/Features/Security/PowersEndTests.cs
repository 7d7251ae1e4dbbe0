using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.IntegrationTests.Features.Talks;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Talks.Schedule;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Security;

/// <summary>A role or a standing ends a power at once: checked when the power is used, not when it was given.</summary>
public class PowersEndTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private ModerationService Moderation => factory.Services.GetRequiredService<ModerationService>();

    private async Task<int> TalkHostedByAsync(string hostId, TimeSpan startsIn, string? guestEmail = null)
    {
        var input = await factory.InputAsync(startsIn);
        input.HostId = hostId;
        input.GuestEmail = guestEmail;
        var saved = await factory.Schedule().SaveAsync((await factory.OwnerAsync()).Id, null, input);
        Assert.True(saved.Succeeded, saved.Error);
        return saved.Value;
    }

    private async Task RemoveRoleAsync(string userId, string role) => await factory.WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.RemoveFromRoleAsync((await users.FindByIdAsync(userId))!, role);
    });

    private async Task BanAsync(string userId)
    {
        var banned = await Moderation.BanAsync((await factory.OwnerAsync()).Id, userId, "Abuse", cancelSubscriptionNow: true);
        Assert.True(banned.Succeeded, banned.Error);
    }

    [Fact]
    public async Task A_former_expert_can_no_longer_cancel_edit_or_finish_the_talk_they_hosted()
    {
        var expert = await factory.ExpertAsync();
        var talk = await TalkHostedByAsync(expert.Id, TimeSpan.FromDays(2));
        Assert.NotNull(await factory.Schedule().InputForAsync(expert.Id, talk));

        await RemoveRoleAsync(expert.Id, AppRoles.Expert);

        Assert.False((await factory.Schedule().CancelAsync(expert.Id, talk)).Succeeded);
        Assert.False((await factory.Schedule().PublishReplayAsync(expert.Id, talk, "https://evil.example/replay", "notes")).Succeeded);
        Assert.Null(await factory.Schedule().InputForAsync(expert.Id, talk));
        Assert.False((await factory.Schedule().SaveAsync(expert.Id, talk, await factory.InputAsync(TimeSpan.FromDays(3)))).Succeeded);
        Assert.False((await factory.TalkReader().DetailAsync(expert.Id, talk))!.IsHost);
    }

    [Fact]
    public async Task A_banned_expert_host_loses_the_talk_and_cannot_join_it()
    {
        var expert = await factory.ExpertAsync();
        var talk = await TalkHostedByAsync(expert.Id, TimeSpan.FromMinutes(5));
        Assert.True((await factory.Rsvps().JoinAsync(expert.Id, talk)).Succeeded);

        await BanAsync(expert.Id);

        Assert.False((await factory.Rsvps().JoinAsync(expert.Id, talk)).Succeeded);
        Assert.False((await factory.Schedule().CancelAsync(expert.Id, talk)).Succeeded);
    }

    [Fact]
    public async Task A_banned_guest_cannot_join_their_talk()
    {
        var guest = await factory.CreateUserAsync();
        var talk = await TalkHostedByAsync((await factory.OwnerAsync()).Id, TimeSpan.FromMinutes(5), guest.Email);
        Assert.True((await factory.Rsvps().JoinAsync(guest.Id, talk)).Succeeded);

        await BanAsync(guest.Id);

        Assert.False((await factory.Rsvps().JoinAsync(guest.Id, talk)).Succeeded);
    }

    [Fact]
    public async Task A_banned_moderator_can_no_longer_hide_posts_or_suspend_members()
    {
        var moderator = await factory.ModeratorAsync();
        var member = await factory.MemberAsync();
        var question = await factory.AskAsync(member.Id);

        await BanAsync(moderator.Id);

        Assert.False((await Moderation.HideAsync(moderator.Id, "question", question, "Off topic")).Succeeded);
        Assert.False((await Moderation.SuspendAsync(moderator.Id, member.Id, 3, "Cool down")).Succeeded);
        Assert.False((await Moderation.QueueAsync(moderator.Id)).Succeeded);
    }

    [Fact]
    public async Task A_demoted_moderator_can_no_longer_moderate()
    {
        var moderator = await factory.ModeratorAsync();
        var member = await factory.MemberAsync();

        await RemoveRoleAsync(moderator.Id, AppRoles.Moderator);

        Assert.False((await Moderation.SuspendAsync(moderator.Id, member.Id, 3, "Cool down")).Succeeded);
    }

    [Fact]
    public async Task Another_expert_cannot_open_a_talks_edit_form()
    {
        var host = await factory.ExpertAsync();
        var other = await factory.ExpertAsync();
        var talk = await TalkHostedByAsync(host.Id, TimeSpan.FromDays(2));
        using var client = factory.CreateTestClient();
        await client.LogInAsync(other.Email!, MemberHubFactory.Password);

        var page = await client.GetAsync($"/owner/talks/{talk}/edit");

        Assert.Null(await factory.Schedule().InputForAsync(other.Id, talk));
        Assert.DoesNotContain("meet.example/room-1", page.Html);
        Assert.NotNull(page.Find("[data-testid=talk-edit-refused]"));
    }
}
