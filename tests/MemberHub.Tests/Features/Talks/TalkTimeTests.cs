using Ical.Net;
using MemberHub.Web.Features.Talks.Calendar;
using MemberHub.Web.Features.Talks.Schedule;
using MemberHub.Web.Infrastructure.Time;

namespace MemberHub.Tests.Features.Talks;

/// <summary>Entered local time → stored UTC → shown in another member's zone, across daylight-saving changes.</summary>
public class TalkTimeTests
{
    [Theory]
    // host zone, entered wall-clock, stored UTC, viewer zone, shown wall-clock
    [InlineData("Asia/Shanghai", "2026-12-03 20:00", "2026-12-03 12:00", "Europe/Berlin", "2026-12-03 13:00")]
    [InlineData("Asia/Shanghai", "2026-07-02 20:00", "2026-07-02 12:00", "Europe/Berlin", "2026-07-02 14:00")]
    [InlineData("Europe/Berlin", "2026-03-28 20:00", "2026-03-28 19:00", "Asia/Shanghai", "2026-03-29 03:00")]
    [InlineData("Europe/Berlin", "2026-03-29 20:00", "2026-03-29 18:00", "Asia/Shanghai", "2026-03-30 02:00")]
    [InlineData("America/New_York", "2026-11-01 01:30", "2026-11-01 05:30", "UTC", "2026-11-01 05:30")]
    [InlineData("America/New_York", "2026-11-01 03:00", "2026-11-01 08:00", "America/Los_Angeles", "2026-11-01 01:00")]
    public void A_time_entered_in_the_hosts_zone_is_stored_in_utc_and_shown_in_the_members_zone(
        string hostZone, string entered, string storedUtc, string viewerZone, string shown)
    {
        var utc = TimeZones.ToUtc(DateTime.Parse(entered), hostZone);

        Assert.Equal(DateTime.Parse(storedUtc), utc);
        Assert.Equal(DateTime.Parse(shown), TimeZones.ToLocal(utc!.Value, viewerZone));
    }

    [Theory]
    [InlineData("America/New_York", "2026-03-08 02:30")]
    [InlineData("Europe/Berlin", "2026-03-29 02:15")]
    public void A_wall_clock_time_skipped_by_daylight_saving_is_refused(string zone, string entered) =>
        Assert.Null(TimeZones.ToUtc(DateTime.Parse(entered), zone));

    [Fact]
    public void An_unknown_zone_is_refused() => Assert.Null(TimeZones.ToUtc(new DateTime(2026, 12, 1, 20, 0, 0), "Mars/Olympus_Mons"));

    [Fact]
    public void A_weekly_series_keeps_its_wall_clock_time_across_daylight_saving()
    {
        var series = new TalkSeries { Day = DayOfWeek.Thursday, LocalTime = new TimeOnly(20, 0), TimeZoneId = "Europe/Berlin", DurationMinutes = 60 };

        var starts = TalkSeriesSchedule.Occurrences(series, new DateTime(2026, 10, 15, 0, 0, 0, DateTimeKind.Utc), 3);

        // 15 and 22 October are summer time (UTC+2), 29 October winter time (UTC+1): always 20:00 in Berlin.
        Assert.Equal([new DateTime(2026, 10, 15, 18, 0, 0), new DateTime(2026, 10, 22, 18, 0, 0), new DateTime(2026, 10, 29, 19, 0, 0)], starts);
        Assert.All(starts, s => Assert.Equal(new TimeOnly(20, 0), TimeOnly.FromDateTime(TimeZones.ToLocal(s, "Europe/Berlin"))));
    }

    [Fact]
    public void A_series_in_a_zone_without_daylight_saving_is_weekly_in_utc_too()
    {
        var series = new TalkSeries { Day = DayOfWeek.Thursday, LocalTime = new TimeOnly(20, 0), TimeZoneId = "Asia/Shanghai" };

        var starts = TalkSeriesSchedule.Occurrences(series, new DateTime(2026, 10, 20, 0, 0, 0, DateTimeKind.Utc), 2);

        Assert.Equal([new DateTime(2026, 10, 22, 12, 0, 0), new DateTime(2026, 10, 29, 12, 0, 0)], starts);
    }

    [Fact]
    public void The_ics_file_parses_back_with_the_talks_utc_times()
    {
        var talk = new Talk
        {
            Id = 7, Title = "Pricing a yearly plan", SpeakerName = "Maya Patel", AbstractMarkdown = "How to price, with examples.",
            StartsAtUtc = new DateTime(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc), EndsAtUtc = new DateTime(2026, 12, 3, 13, 30, 0, DateTimeKind.Utc),
        };

        var parsed = Calendar.Load(TalkCalendar.Ics([talk], "https://circle.example", "Talks"))!;

        var talkEvent = Assert.Single(parsed.Events);
        Assert.Equal("Pricing a yearly plan", talkEvent.Summary);
        Assert.Equal(talk.StartsAtUtc, talkEvent.Start!.AsUtc);
        Assert.Equal(talk.EndsAtUtc, talkEvent.End!.AsUtc);
        Assert.Equal("https://circle.example/talks/7", talkEvent.Url!.ToString());
        Assert.Equal("talk-7@memberhub", talkEvent.Uid);
    }
}
