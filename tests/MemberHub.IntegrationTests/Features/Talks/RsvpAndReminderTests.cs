using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Talks.Reminders;
using MemberHub.Web.Features.Talks.Rsvps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Talks;

public class RsvpAndReminderTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task When_a_seat_frees_the_first_waiting_member_gets_it_and_is_told()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(3), capacity: 1);
        var first = await factory.MemberAsync();
        var second = await factory.MemberAsync();
        var third = await factory.MemberAsync();

        Assert.Equal(RsvpStatus.Seated, await factory.RsvpAsync(first.Id, talk));
        Assert.Equal(RsvpStatus.Waitlisted, await factory.RsvpAsync(second.Id, talk));
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(RsvpStatus.Waitlisted, await factory.RsvpAsync(third.Id, talk));
        Assert.True((await factory.Rsvps().CancelAsync(first.Id, talk)).Succeeded);

        var detail = (await factory.TalkReader().DetailAsync(second.Id, talk))!;
        Assert.Equal(RsvpStatus.Seated, detail.Rsvp);
        Assert.Equal(1, (await factory.TalkReader().DetailAsync(third.Id, talk))!.WaitlistPosition);
        Assert.Contains(await factory.NotificationsOfAsync(second.Id), n => n.Kind == NotificationKinds.TalkSeatFreed);
        Assert.DoesNotContain(await factory.NotificationsOfAsync(third.Id), n => n.Kind == NotificationKinds.TalkSeatFreed);
    }

    [Fact]
    public async Task Eight_members_pressing_for_the_last_seat_at_once_exactly_one_gets_it()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(3), capacity: 1);
        var members = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            members.Add((await factory.MemberAsync()).Id);
        }

        var results = await Task.WhenAll(members.Select(id => Task.Run(() => factory.Rsvps().RsvpAsync(id, talk))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(1, results.Count(r => r.Value == RsvpStatus.Seated));
        Assert.Equal(7, results.Count(r => r.Value == RsvpStatus.Waitlisted));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<TalkRsvp>().CountAsync(r => r.TalkId == talk && !r.IsWaitlisted)));
    }

    [Fact]
    public async Task Reminders_go_out_a_day_and_an_hour_before_once_each_also_after_a_restart()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromHours(30), capacity: 1);
        var seated = await factory.MemberAsync();
        var waiting = await factory.MemberAsync();
        await factory.RsvpAsync(seated.Id, talk);
        await factory.RsvpAsync(waiting.Id, talk);
        int RemindersOf(List<Notification> list) => list.Count(n => n.Link == $"/talks/{talk}" && n.Kind is NotificationKinds.TalkTomorrow or NotificationKinds.TalkStartsSoon);

        await factory.Reminders().ScanAsync();
        Assert.Equal(0, RemindersOf(await factory.NotificationsOfAsync(seated.Id)));

        factory.Clock.Advance(TimeSpan.FromHours(6));
        await factory.Reminders().ScanAsync();
        await factory.Reminders().ScanAsync();
        // A fresh instance stands for the app after a restart: what was sent is in the database, not in memory.
        await ActivatorUtilities.CreateInstance<TalkReminders>(factory.Services).ScanAsync();
        var afterDay = await factory.NotificationsOfAsync(seated.Id);
        Assert.Equal(1, RemindersOf(afterDay));
        Assert.Contains(afterDay, n => n.Kind == NotificationKinds.TalkTomorrow);

        factory.Clock.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(10));
        await factory.Reminders().ScanAsync();
        await factory.Reminders().ScanAsync();
        var afterHour = await factory.NotificationsOfAsync(seated.Id);
        Assert.Equal(2, RemindersOf(afterHour));
        Assert.Contains(afterHour, n => n.Kind == NotificationKinds.TalkStartsSoon);
        Assert.Equal(0, RemindersOf(await factory.NotificationsOfAsync(waiting.Id)));
    }

    [Fact]
    public async Task After_downtime_only_the_reminder_still_useful_is_sent_and_none_for_a_talk_that_started()
    {
        var soon = await factory.TalkAsync(TimeSpan.FromMinutes(40));
        var started = await factory.TalkAsync(TimeSpan.FromMinutes(5));
        var member = await factory.MemberAsync();
        await factory.RsvpAsync(member.Id, soon);
        await factory.RsvpAsync(member.Id, started);

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await factory.Reminders().ScanAsync();

        var told = await factory.NotificationsOfAsync(member.Id);
        Assert.Single(told, n => n.Link == $"/talks/{soon}" && n.Kind == NotificationKinds.TalkStartsSoon);
        Assert.DoesNotContain(told, n => n.Link == $"/talks/{soon}" && n.Kind == NotificationKinds.TalkTomorrow);
        Assert.DoesNotContain(told, n => n.Link == $"/talks/{started}");
    }

    [Fact]
    public async Task Canceling_a_talk_tells_everyone_who_rsvped()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(4), capacity: 1);
        var seated = await factory.MemberAsync();
        var waiting = await factory.MemberAsync();
        await factory.RsvpAsync(seated.Id, talk);
        await factory.RsvpAsync(waiting.Id, talk);

        Assert.True((await factory.Schedule().CancelAsync((await factory.OwnerAsync()).Id, talk)).Succeeded);

        Assert.Contains(await factory.NotificationsOfAsync(seated.Id), n => n.Kind == NotificationKinds.TalkCanceled);
        Assert.Contains(await factory.NotificationsOfAsync(waiting.Id), n => n.Kind == NotificationKinds.TalkCanceled);
    }
}
