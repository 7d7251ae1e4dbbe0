using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>A scheduled guest talk: the speaker, the time (stored in UTC, entered in the host's zone), who may come, and the replay.</summary>
public sealed class Talk
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 20_000;
    public const int UrlMaxLength = 1_000;

    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string AbstractMarkdown { get; set; } = "";
    public string AbstractHtml { get; set; } = "";
    public string SpeakerName { get; set; } = "";
    public string SpeakerBio { get; set; } = "";
    public string? SpeakerPhotoUrl { get; set; }
    public string? SpeakerLink { get; set; }

    /// <summary>A guest account that may see and join this talk only (no membership needed).</summary>
    public string? GuestUserId { get; set; }
    public string HostId { get; set; } = "";
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public int DurationMinutes => (int)(EndsAtUtc - StartsAtUtc).TotalMinutes;

    /// <summary>The zone the host entered the time in; the talk keeps its wall-clock time there.</summary>
    public string TimeZoneId { get; set; } = "UTC";
    public int MinimumRank { get; set; }
    public int? Capacity { get; set; }
    public string JoinUrl { get; set; } = "";
    public int? SeriesId { get; set; }
    public TalkSeries? Series { get; set; }
    public DateTime? CanceledAtUtc { get; set; }
    public string? ReplayUrl { get; set; }
    public string NotesMarkdown { get; set; } = "";
    public string NotesHtml { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }

    public TalkState StateAt(DateTime nowUtc) =>
        CanceledAtUtc is not null ? TalkState.Canceled
        : nowUtc < StartsAtUtc ? TalkState.Scheduled
        : nowUtc < EndsAtUtc ? TalkState.Live
        : TalkState.Ended;

    /// <summary>Cancelled before it is over (the caller tells everyone with a seat); a cancelled or past talk stays as it is.</summary>
    public TalkRefusal Cancel(DateTime nowUtc)
    {
        var refusal = StateAt(nowUtc) switch
        {
            TalkState.Canceled => TalkRefusal.Canceled,
            TalkState.Ended => TalkRefusal.Over,
            _ => TalkRefusal.None,
        };
        if (refusal == TalkRefusal.None)
        {
            CanceledAtUtc = nowUtc;
        }
        return refusal;
    }

    /// <summary>After the talk: the replay link and the notes.</summary>
    public void PublishReplay(string? replayUrl, string notesMarkdown, string notesHtml)
    {
        ReplayUrl = replayUrl;
        NotesMarkdown = notesMarkdown;
        NotesHtml = notesHtml;
    }

    /// <summary>The same talk at a later slot of its series.</summary>
    public Talk Repeated(DateTime startsAtUtc) => new()
    {
        Title = Title, AbstractMarkdown = AbstractMarkdown, AbstractHtml = AbstractHtml, SpeakerName = SpeakerName, SpeakerBio = SpeakerBio,
        SpeakerPhotoUrl = SpeakerPhotoUrl, SpeakerLink = SpeakerLink, GuestUserId = GuestUserId, HostId = HostId, StartsAtUtc = startsAtUtc,
        EndsAtUtc = startsAtUtc.AddMinutes(DurationMinutes), TimeZoneId = TimeZoneId, MinimumRank = MinimumRank, Capacity = Capacity,
        JoinUrl = JoinUrl, Series = Series, CreatedAtUtc = CreatedAtUtc,
    };
}

internal sealed class TalkConfiguration : IEntityTypeConfiguration<Talk>
{
    public void Configure(EntityTypeBuilder<Talk> talk)
    {
        talk.ToTable("Talks");
        talk.Property(t => t.Title).HasMaxLength(Talk.TitleMaxLength);
        talk.Property(t => t.SpeakerName).HasMaxLength(120);
        talk.Property(t => t.SpeakerPhotoUrl).HasMaxLength(Talk.UrlMaxLength);
        talk.Property(t => t.SpeakerLink).HasMaxLength(Talk.UrlMaxLength);
        talk.Property(t => t.JoinUrl).HasMaxLength(Talk.UrlMaxLength);
        talk.Property(t => t.ReplayUrl).HasMaxLength(Talk.UrlMaxLength);
        talk.Property(t => t.HostId).HasMaxLength(450);
        talk.Property(t => t.GuestUserId).HasMaxLength(450);
        talk.Property(t => t.TimeZoneId).HasMaxLength(64);
        // The reminder scan and the lists read talks by start time.
        talk.HasIndex(t => t.StartsAtUtc);
        talk.HasIndex(t => t.EndsAtUtc);
        talk.HasOne(t => t.Series).WithMany().HasForeignKey(t => t.SeriesId).OnDelete(DeleteBehavior.SetNull);
    }
}
