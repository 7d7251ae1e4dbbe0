using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Talks.Calendar;
using MemberHub.Web.Features.Talks.Reminders;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Features.Talks.Schedule;
using MemberHub.Web.Features.Talks.SpeakerQuestions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberHub.IntegrationTests.Features.Talks;

public static class Talks
{
    public static TalkService Schedule(this MemberHubFactory factory) => factory.Services.GetRequiredService<TalkService>();
    public static RsvpService Rsvps(this MemberHubFactory factory) => factory.Services.GetRequiredService<RsvpService>();
    public static TalkReminders Reminders(this MemberHubFactory factory) => factory.Services.GetRequiredService<TalkReminders>();
    public static SpeakerQuestionService SpeakerQuestions(this MemberHubFactory factory) => factory.Services.GetRequiredService<SpeakerQuestionService>();
    public static TalkCalendar Calendar(this MemberHubFactory factory) => factory.Services.GetRequiredService<TalkCalendar>();
    public static TalkReader TalkReader(this MemberHubFactory factory) => factory.Services.GetRequiredService<TalkReader>();

    /// <summary>A talk input starting <paramref name="startsIn"/> from the factory's clock, entered in UTC.</summary>
    public static async Task<TalkInput> InputAsync(this ClockedFactory factory, TimeSpan startsIn, int? capacity = null, int minimumRank = 0)
    {
        var start = factory.Clock.GetUtcNow().UtcDateTime + startsIn;
        return new TalkInput
        {
            Title = "Pricing a yearly plan", Abstract = "How to price **a year**.", SpeakerName = "Maya Patel", HostId = (await factory.OwnerAsync()).Id,
            LocalStart = DateTime.SpecifyKind(start, DateTimeKind.Unspecified), LocalEnd = DateTime.SpecifyKind(start.AddHours(1), DateTimeKind.Unspecified),
            TimeZoneId = "UTC", Capacity = capacity, MinimumRank = minimumRank, JoinUrl = "https://meet.example/room-1",
        };
    }

    public static async Task<int> TalkAsync(this ClockedFactory factory, TimeSpan startsIn, int? capacity = null, int minimumRank = 0)
    {
        var saved = await factory.Schedule().SaveAsync((await factory.OwnerAsync()).Id, null, await factory.InputAsync(startsIn, capacity, minimumRank));
        Assert.True(saved.Succeeded, saved.Error);
        return saved.Value;
    }

    public static async Task<RsvpStatus> RsvpAsync(this MemberHubFactory factory, string userId, int talkId)
    {
        var rsvp = await factory.Rsvps().RsvpAsync(userId, talkId);
        Assert.True(rsvp.Succeeded, rsvp.Error);
        return rsvp.Value;
    }
}
