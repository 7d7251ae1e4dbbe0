using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Talks;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Talks.Rsvps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Security;

/// <summary>Seats, reminders and calendar feeds follow access: a member who lapses or is banned keeps none of them.</summary>
public class SeatsFollowAccessTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private async Task RevokeAsync(string userId) =>
        Assert.True((await factory.Services.GetRequiredService<MembershipAdminService>().RevokeAsync((await factory.OwnerAsync()).Id, userId)).Succeeded);

    [Fact]
    public async Task A_revoked_members_calendar_feed_stops_serving_their_talks()
    {
        var member = await factory.MemberAsync();
        var talk = await factory.TalkAsync(TimeSpan.FromDays(3));
        await factory.RsvpAsync(member.Id, talk);
        var token = await factory.Calendar().TokenAsync(member.Id);
        Assert.Single((await factory.Calendar().FeedAsync(token))!);

        await RevokeAsync(member.Id);

        Assert.Empty((await factory.Calendar().FeedAsync(token))!);
    }

    [Fact]
    public async Task A_banned_members_calendar_feed_stops_serving_their_talks()
    {
        var member = await factory.MemberAsync();
        var talk = await factory.TalkAsync(TimeSpan.FromDays(3));
        await factory.RsvpAsync(member.Id, talk);
        var token = await factory.Calendar().TokenAsync(member.Id);

        await factory.Services.GetRequiredService<ModerationService>().BanAsync((await factory.OwnerAsync()).Id, member.Id, "Spam", cancelSubscriptionNow: true);

        Assert.Empty((await factory.Calendar().FeedAsync(token))!);
    }

    [Fact]
    public async Task A_lapsed_member_gets_no_reminder_and_their_seat_goes_to_the_waitlist()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromHours(20), capacity: 1);
        var lapsing = await factory.MemberAsync();
        var waiting = await factory.MemberAsync();
        await factory.RsvpAsync(lapsing.Id, talk);
        Assert.Equal(RsvpStatus.Waitlisted, await factory.RsvpAsync(waiting.Id, talk));

        await RevokeAsync(lapsing.Id);
        await factory.Reminders().ScanAsync();

        var lapsedNotices = await factory.NotificationsOfAsync(lapsing.Id);
        Assert.DoesNotContain(lapsedNotices, n => n.Link == $"/talks/{talk}" && n.Kind == NotificationKinds.TalkTomorrow);
        Assert.False(await factory.QueryAsync(db => db.Set<TalkRsvp>().AnyAsync(r => r.TalkId == talk && r.UserId == lapsing.Id)));
        Assert.True(await factory.QueryAsync(db => db.Set<TalkRsvp>().AnyAsync(r => r.TalkId == talk && r.UserId == waiting.Id && !r.IsWaitlisted)));
        Assert.Contains(await factory.NotificationsOfAsync(waiting.Id), n => n.Kind == NotificationKinds.TalkSeatFreed);
    }
}
