using System.Globalization;
using MemberHub.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard;

public enum Bucket
{
    Month,
    Week,
}

/// <summary>The days a report covers, first and last included (UTC dates), and how they are grouped.</summary>
public sealed record ReportRange(DateOnly From, DateOnly To, Bucket Bucket)
{
    public const int MaxYears = 5;

    public DateTime StartUtc => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The moment after the last day.</summary>
    public DateTime EndUtc => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The last 90 days to today, by month, when the Owner asks for nothing else.</summary>
    public static ReportRange Default(DateOnly today) => new(today.AddDays(-89), today, Bucket.Month);

    /// <summary>Reads the range from a page's or a download's query; a bad one is refused with the reason, in the Owner's language.</summary>
    public static Outcome<ReportRange> Parse(string? from, string? to, string? bucket, DateOnly today, IStringLocalizer<DashboardText> text)
    {
        var fallback = Default(today);
        if (!TryDate(from, fallback.From, out var start))
        {
            return Outcome<ReportRange>.Refused(text["Range.NotADate", from!], "from");
        }
        if (!TryDate(to, fallback.To, out var end))
        {
            return Outcome<ReportRange>.Refused(text["Range.NotADate", to!], "to");
        }
        if (end < start)
        {
            return Outcome<ReportRange>.Refused(text["Range.EndBeforeStart"], "to");
        }
        if (end > start.AddYears(MaxYears))
        {
            return Outcome<ReportRange>.Refused(text["Range.TooLong", MaxYears], "to");
        }
        var grouping = string.IsNullOrWhiteSpace(bucket) ? Bucket.Month
            : Enum.TryParse<Bucket>(bucket, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : (Bucket?)null;
        return grouping is { } chosen
            ? Outcome<ReportRange>.Ok(new ReportRange(start, end, chosen))
            : Outcome<ReportRange>.Refused(text["Range.BucketUnknown"], "bucket");
    }

    /// <summary>Whether a day (as the database groups them, a midnight) falls in a bucket of <see cref="Buckets"/>.</summary>
    public static bool Holds((DateOnly Start, DateOnly End) bucket, DateTime day) =>
        DateOnly.FromDateTime(day) >= bucket.Start && DateOnly.FromDateTime(day) <= bucket.End;

    /// <summary>The buckets the range falls into: calendar months, or ISO weeks starting on Monday; the first and last are cut to the range.</summary>
    public IReadOnlyList<(DateOnly Start, DateOnly End)> Buckets()
    {
        var buckets = new List<(DateOnly, DateOnly)>();
        var start = From;
        while (start <= To)
        {
            var next = Bucket == Bucket.Month ? new DateOnly(start.Year, start.Month, 1).AddMonths(1) : NextMonday(start);
            var end = next.AddDays(-1) < To ? next.AddDays(-1) : To;
            buckets.Add((start, end));
            start = next;
        }
        return buckets;
    }

    private static DateOnly NextMonday(DateOnly day)
    {
        var days = ((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7;
        return day.AddDays(days == 0 ? 7 : days);
    }

    private static bool TryDate(string? value, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            date = fallback;
            return true;
        }
        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
