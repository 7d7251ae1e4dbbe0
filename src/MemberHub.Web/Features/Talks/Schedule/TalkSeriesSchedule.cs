using MemberHub.Web.Infrastructure.Time;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>The dates of a recurring slot: the same wall-clock time in the series' zone every week, whatever daylight saving does.</summary>
public static class TalkSeriesSchedule
{
    /// <summary>The next <paramref name="count"/> start times (UTC) after <paramref name="fromUtc"/>; a week whose local time does not exist is skipped.</summary>
    public static IReadOnlyList<DateTime> Occurrences(TalkSeries series, DateTime fromUtc, int count)
    {
        var starts = new List<DateTime>();
        var localDay = DateOnly.FromDateTime(TimeZones.ToLocal(fromUtc, series.TimeZoneId));
        while (localDay.DayOfWeek != series.Day)
        {
            localDay = localDay.AddDays(1);
        }
        for (var week = 0; starts.Count < count && week < count * 2 + 2; week++)
        {
            var local = localDay.AddDays(7 * week).ToDateTime(series.LocalTime);
            if (TimeZones.ToUtc(local, series.TimeZoneId) is { } utc && utc > fromUtc)
            {
                starts.Add(utc);
            }
        }
        return starts;
    }
}
