using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Talks.Schedule;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.IntegrationTests.Features.Talks;

/// <summary>Bad input to the talk form and to RSVPs: a clear message, nothing changed.</summary>
public class TalkScheduleTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private Task<int> TalkCountAsync() => factory.QueryAsync(db => db.Set<Talk>().CountAsync());

    [Fact]
    public async Task A_talk_entered_in_the_hosts_zone_is_stored_in_utc()
    {
        var input = await factory.InputAsync(TimeSpan.FromDays(7));
        input.TimeZoneId = "Asia/Shanghai";
        input.LocalStart = new DateTime(2026, 12, 3, 20, 0, 0);
        input.LocalEnd = new DateTime(2026, 12, 3, 21, 30, 0);

        var saved = await factory.Schedule().SaveAsync((await factory.OwnerAsync()).Id, null, input);

        var talk = await factory.QueryAsync(db => db.Set<Talk>().SingleAsync(t => t.Id == saved.Value));
        Assert.Equal(new DateTime(2026, 12, 3, 12, 0, 0), talk.StartsAtUtc);
        Assert.Equal(90, talk.DurationMinutes);
        Assert.Equal("Asia/Shanghai", talk.TimeZoneId);
    }

    [Fact]
    public async Task A_member_without_a_zone_sees_talk_times_in_their_browsers_zone_labelled_and_the_hosts_beside_them()
    {
        var input = await factory.InputAsync(TimeSpan.FromDays(7));
        input.TimeZoneId = "Asia/Shanghai";
        input.LocalStart = new DateTime(2026, 12, 3, 20, 0, 0);
        input.LocalEnd = new DateTime(2026, 12, 3, 21, 0, 0);
        var saved = await factory.Schedule().SaveAsync((await factory.OwnerAsync()).Id, null, input);
        var member = await factory.MemberAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        client.Http.DefaultRequestHeaders.Add("Cookie", "mh.tz=Europe/Berlin");
        var inBerlin = await client.GetAsync($"/talks/{saved.Value}");
        client.Http.DefaultRequestHeaders.Remove("Cookie");
        client.Http.DefaultRequestHeaders.Add("Cookie", "mh.tz=Mars/Olympus_Mons");
        var unknownZone = await client.GetAsync($"/talks/{saved.Value}");

        var start = inBerlin.Find("time")!;
        Assert.Contains("1:00", start.TextContent);
        Assert.Contains("Berlin", start.QuerySelector(".time-zone")!.TextContent);
        Assert.Contains("8:00", inBerlin.Find(".time-also")!.TextContent);
        Assert.Contains("Shanghai", inBerlin.Find(".time-also")!.TextContent);
        // An unknown zone from the browser is ignored: the community's zone, labelled, and no second time.
        Assert.DoesNotContain("Mars", unknownZone.Find("time")!.TextContent);
        Assert.NotNull(unknownZone.Find("time .time-zone"));
    }

    public static TheoryData<string, string> BadTalks => new()
    {
        { "end-before-start", "The talk must end after it starts." },
        { "join-url", "The join link must be a web address starting with https:// or http://." },
        { "zone", "\"Mars/Olympus_Mons\" is not a time zone we know. Choose one from the list." },
        { "title", "A talk needs a title of at most 200 characters." },
        { "dst-gap", "Give a start date and time that exists in Europe/Berlin (clocks may jump at daylight-saving changes)." },
    };

    [Theory]
    [MemberData(nameof(BadTalks))]
    public async Task A_bad_talk_is_refused_with_a_reason_and_nothing_is_saved(string what, string message)
    {
        var input = await factory.InputAsync(TimeSpan.FromDays(3));
        switch (what)
        {
            case "end-before-start":
                input.LocalEnd = input.LocalStart!.Value.AddMinutes(-30);
                break;
            case "join-url":
                input.JoinUrl = "javascript:alert(1)";
                break;
            case "zone":
                input.TimeZoneId = "Mars/Olympus_Mons";
                break;
            case "title":
                input.Title = " ";
                break;
            case "dst-gap":
                input.TimeZoneId = "Europe/Berlin";
                input.LocalStart = new DateTime(2027, 3, 28, 2, 30, 0);
                input.LocalEnd = new DateTime(2027, 3, 28, 4, 0, 0);
                break;
        }
        var before = await TalkCountAsync();

        var saved = await factory.Schedule().SaveAsync((await factory.OwnerAsync()).Id, null, input);

        Assert.Equal(message, saved.Error);
        Assert.Equal(before, await TalkCountAsync());
    }

    [Fact]
    public async Task Capacity_cannot_go_below_the_seats_already_taken()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(2), capacity: 5);
        await factory.RsvpAsync((await factory.MemberAsync()).Id, talk);
        await factory.RsvpAsync((await factory.MemberAsync()).Id, talk);
        var input = await factory.InputAsync(TimeSpan.FromDays(2), capacity: 1);

        var saved = await factory.Schedule().SaveAsync((await factory.OwnerAsync()).Id, talk, input);

        Assert.Equal("2 members already have a seat; the capacity cannot be lower than that.", saved.Error);
        Assert.Equal(5, (await factory.QueryAsync(db => db.Set<Talk>().SingleAsync(t => t.Id == talk))).Capacity);
    }

    [Fact]
    public async Task Members_cannot_schedule_talks()
    {
        var member = await factory.MemberAsync();

        var saved = await factory.Schedule().SaveAsync(member.Id, null, await factory.InputAsync(TimeSpan.FromDays(1)));

        Assert.Equal("Only the host or the Owner can do that.", saved.Error);
    }

    [Fact]
    public async Task No_rsvp_to_a_canceled_or_past_talk_or_without_the_tier()
    {
        var member = await factory.MemberAsync();
        var canceled = await factory.TalkAsync(TimeSpan.FromDays(1));
        Assert.True((await factory.Schedule().CancelAsync((await factory.OwnerAsync()).Id, canceled)).Succeeded);
        var past = await factory.TalkAsync(TimeSpan.FromMinutes(10));
        var forHigherTier = await factory.TalkAsync(TimeSpan.FromDays(1), minimumRank: 2_000);
        factory.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal("This talk was canceled.", (await factory.Rsvps().RsvpAsync(member.Id, canceled)).Error);
        Assert.Equal("This talk is over.", (await factory.Rsvps().RsvpAsync(member.Id, past)).Error);
        Assert.Equal("This talk is for a higher tier.", (await factory.Rsvps().RsvpAsync(member.Id, forHigherTier)).Error);
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<Web.Features.Talks.Rsvps.TalkRsvp>().CountAsync(r => r.UserId == member.Id)));
    }
}

public class TalkSeriesTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_weekly_series_keeps_the_hosts_wall_clock_time_across_daylight_saving()
    {
        var input = await factory.InputAsync(TimeSpan.FromDays(1));
        input.TimeZoneId = "Europe/Berlin";
        input.LocalStart = new DateTime(2027, 10, 21, 20, 0, 0);
        input.LocalEnd = new DateTime(2027, 10, 21, 21, 0, 0);
        input.RepeatWeeks = 3;

        var saved = await factory.Schedule().SaveAsync((await factory.OwnerAsync()).Id, null, input);

        Assert.True(saved.Succeeded, saved.Error);
        var talks = await factory.QueryAsync(db => db.Set<Talk>().Where(t => t.SeriesId != null && t.Title == input.Title).OrderBy(t => t.StartsAtUtc).ToListAsync());
        // Berlin leaves summer time on 31 October 2027: 18:00 UTC before, 19:00 UTC after, 20:00 in Berlin throughout.
        Assert.Equal([new DateTime(2027, 10, 21, 18, 0, 0), new DateTime(2027, 10, 28, 18, 0, 0), new DateTime(2027, 11, 4, 19, 0, 0)],
            talks.Select(t => t.StartsAtUtc));
        Assert.All(talks, t => Assert.Equal(60, t.DurationMinutes));
        Assert.Single(talks.Select(t => t.SeriesId).Distinct());
    }
}

public class TalkListTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task Upcoming_talks_come_soonest_first_thirty_at_a_time_with_more_on_request()
    {
        for (var i = 0; i < 32; i++)
        {
            await factory.TalkAsync(TimeSpan.FromDays(40 - i));
        }
        var member = await factory.MemberAsync();

        var first = await factory.TalkReader().ListAsync(member.Id, past: false, onlyMine: false);
        var more = await factory.TalkReader().ListAsync(member.Id, past: false, onlyMine: false, take: 60);

        Assert.Equal(30, first.Count);
        Assert.Equal(32, more.Count);
        Assert.Equal(more.Select(t => t.Talk.StartsAtUtc).Order(), more.Select(t => t.Talk.StartsAtUtc));
    }
}
