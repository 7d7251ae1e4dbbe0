using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Talks.Calendar;

/// <summary>A member's secret calendar-feed token; revoking makes a new one and the old URL stops working.</summary>
public sealed class CalendarFeed
{
    public string UserId { get; set; } = "";
    public string Token { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> feed)
    {
        feed.ToTable("CalendarFeeds");
        feed.HasKey(f => f.UserId);
        feed.Property(f => f.UserId).HasMaxLength(450);
        feed.Property(f => f.Token).HasMaxLength(64);
        feed.HasIndex(f => f.Token).IsUnique();
    }
}
