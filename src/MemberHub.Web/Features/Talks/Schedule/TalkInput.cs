namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>What the talk form sends: times are wall-clock times in <see cref="TimeZoneId"/> (the host's zone).</summary>
public sealed class TalkInput
{
    public string Title { get; set; } = "";
    public string Abstract { get; set; } = "";
    public string SpeakerName { get; set; } = "";
    public string SpeakerBio { get; set; } = "";
    public string? SpeakerPhotoUrl { get; set; }
    public string? SpeakerLink { get; set; }
    public string? GuestEmail { get; set; }
    public string HostId { get; set; } = "";
    public DateTime? LocalStart { get; set; }
    public DateTime? LocalEnd { get; set; }
    public string TimeZoneId { get; set; } = "UTC";
    public int MinimumRank { get; set; }
    public int? Capacity { get; set; }
    public string JoinUrl { get; set; } = "";

    /// <summary>For a new talk: also schedule it every week at the same local time, this many times in all (a series).</summary>
    public int RepeatWeeks { get; set; } = 1;

    public static TalkInput From(Talk talk, string? guestEmail) => new()
    {
        Title = talk.Title,
        Abstract = talk.AbstractMarkdown,
        SpeakerName = talk.SpeakerName,
        SpeakerBio = talk.SpeakerBio,
        SpeakerPhotoUrl = talk.SpeakerPhotoUrl,
        SpeakerLink = talk.SpeakerLink,
        GuestEmail = guestEmail,
        HostId = talk.HostId,
        LocalStart = Infrastructure.Time.TimeZones.ToLocal(talk.StartsAtUtc, talk.TimeZoneId),
        LocalEnd = Infrastructure.Time.TimeZones.ToLocal(talk.EndsAtUtc, talk.TimeZoneId),
        TimeZoneId = talk.TimeZoneId,
        MinimumRank = talk.MinimumRank,
        Capacity = talk.Capacity,
        JoinUrl = talk.JoinUrl,
    };
}
