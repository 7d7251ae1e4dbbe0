using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>A recurring slot (e.g. every Thursday 20:00 Asia/Shanghai) from which the Owner makes talks.</summary>
public sealed class TalkSeries
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public DayOfWeek Day { get; set; }
    public TimeOnly LocalTime { get; set; }
    public string TimeZoneId { get; set; } = "UTC";
    public int DurationMinutes { get; set; }
    public string HostId { get; set; } = "";
}

internal sealed class TalkSeriesConfiguration : IEntityTypeConfiguration<TalkSeries>
{
    public void Configure(EntityTypeBuilder<TalkSeries> series)
    {
        series.ToTable("TalkSeries");
        series.Property(s => s.Title).HasMaxLength(Talk.TitleMaxLength);
        series.Property(s => s.TimeZoneId).HasMaxLength(64);
        series.Property(s => s.HostId).HasMaxLength(450);
    }
}
