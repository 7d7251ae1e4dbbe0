using System.Globalization;
using MemberHub.Tests.Components;
using MemberHub.Web.Features.Dashboard;
using MemberHub.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace MemberHub.Tests.Features.Dashboard;

public class ReportRangeTests : AppTestContext
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private Outcome<ReportRange> Parse(string? from, string? to, string? bucket = null, string culture = "en")
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return ReportRange.Parse(from, to, bucket, Today, Services.GetRequiredService<IStringLocalizer<DashboardText>>());
    }

    [Fact]
    public void Nothing_asked_is_the_last_ninety_days_by_month()
    {
        var range = Parse(null, " ").Value!;

        Assert.Equal(new ReportRange(new DateOnly(2026, 8, 29), Today, Bucket.Month), range);
        Assert.Equal(new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc), range.EndUtc);
    }

    [Theory]
    [InlineData("2026-11-02", "2026-11-01", null, "to", "The end date comes before the start date.")]
    [InlineData("2021-11-01", "2026-11-02", null, "to", "Choose at most 5 years.")]
    [InlineData("yesterday", null, null, "from", "“yesterday” is not a date; use the date picker or write it as 2026-12-31.")]
    [InlineData(null, "2026-13-01", null, "to", "“2026-13-01” is not a date; use the date picker or write it as 2026-12-31.")]
    [InlineData(null, null, "quarter", "bucket", "Group by month or by week.")]
    [InlineData(null, null, "7", "bucket", "Group by month or by week.")]
    public void A_bad_range_is_refused_with_the_field_and_the_reason(string? from, string? to, string? bucket, string field, string reason)
    {
        var range = Parse(from, to, bucket);

        Assert.False(range.Succeeded);
        Assert.Equal((field, reason), (range.Field, range.Error));
    }

    [Fact]
    public void Refusals_speak_chinese_to_a_chinese_owner()
    {
        Assert.Equal("结束日期早于开始日期。", Parse("2026-11-02", "2026-11-01", culture: "zh-Hans").Error);
    }

    [Fact]
    public void Exactly_five_years_and_a_single_day_are_ranges()
    {
        Assert.True(Parse("2021-11-26", "2026-11-26").Succeeded);
        Assert.Single(Parse("2026-11-26", "2026-11-26").Value!.Buckets());
    }

    [Fact]
    public void Months_are_calendar_months_cut_to_the_range()
    {
        var buckets = Parse("2026-10-15", "2026-12-03").Value!.Buckets();

        Assert.Equal(
            [(new DateOnly(2026, 10, 15), new DateOnly(2026, 10, 31)), (new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), (new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3))],
            buckets);
    }

    [Fact]
    public void Weeks_run_monday_to_sunday_cut_to_the_range()
    {
        // 26 November 2026 is a Thursday.
        var buckets = Parse("2026-11-26", "2026-12-09", "Week").Value!.Buckets();

        Assert.Equal(
            [(new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 29)), (new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 6)), (new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 9))],
            buckets);
    }
}
