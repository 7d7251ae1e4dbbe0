using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Talks.Reminders;

/// <summary>A reminder that was sent: the key (talk, member, kind) is what makes sending twice impossible, also across restarts.</summary>
public sealed class TalkReminderSent
{
    public int TalkId { get; set; }
    public string UserId { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateTime SentAtUtc { get; set; }
}

internal sealed class TalkReminderSentConfiguration : IEntityTypeConfiguration<TalkReminderSent>
{
    public void Configure(EntityTypeBuilder<TalkReminderSent> sent)
    {
        sent.ToTable("TalkRemindersSent");
        sent.HasKey(r => new { r.TalkId, r.UserId, r.Kind });
        sent.Property(r => r.UserId).HasMaxLength(450);
        sent.Property(r => r.Kind).HasMaxLength(8);
        sent.HasOne<Schedule.Talk>().WithMany().HasForeignKey(r => r.TalkId).OnDelete(DeleteBehavior.Cascade);
    }
}
