using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>What the talk form may not send: each field out of bounds is refused with a message for that field.</summary>
public sealed class TalkInputCheck(IStringLocalizer<TalksText> text)
{
    public const int MaxRepeatWeeks = 52;

    public async Task<Outcome?> ValidateAsync(AppDbContext db, Talk? talk, TalkInput input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > Talk.TitleMaxLength)
        {
            return Outcome.Refused(text["Talk.TitleLength", Talk.TitleMaxLength], "Title");
        }
        if (string.IsNullOrWhiteSpace(input.SpeakerName))
        {
            return Outcome.Refused(text["Talk.SpeakerRequired"], "SpeakerName");
        }
        if ((input.Abstract?.Length ?? 0) > Talk.TextMaxLength || (input.SpeakerBio?.Length ?? 0) > Talk.TextMaxLength)
        {
            return Outcome.Refused(text["Talk.TextTooLong", Talk.TextMaxLength], "Abstract");
        }
        if (!TimeZones.IsKnown(input.TimeZoneId))
        {
            return Outcome.Refused(text["Talk.ZoneUnknown", input.TimeZoneId ?? ""], "TimeZoneId");
        }
        if (input.LocalStart is null || TimeZones.ToUtc(input.LocalStart.Value, input.TimeZoneId) is null)
        {
            return Outcome.Refused(text["Talk.StartInvalid", input.TimeZoneId], "LocalStart");
        }
        if (input.LocalEnd is null || TimeZones.ToUtc(input.LocalEnd.Value, input.TimeZoneId) is not { } end
            || end <= TimeZones.ToUtc(input.LocalStart.Value, input.TimeZoneId))
        {
            return Outcome.Refused(text["Talk.EndBeforeStart"], "LocalEnd");
        }
        if (!IsWebUrl(input.JoinUrl))
        {
            return Outcome.Refused(text["Talk.JoinUrlInvalid"], "JoinUrl");
        }
        if (!string.IsNullOrWhiteSpace(input.SpeakerPhotoUrl) && !IsWebUrl(input.SpeakerPhotoUrl)
            || !string.IsNullOrWhiteSpace(input.SpeakerLink) && !IsWebUrl(input.SpeakerLink))
        {
            return Outcome.Refused(text["Talk.UrlInvalid"], "SpeakerLink");
        }
        if (input.MinimumRank < 0)
        {
            return Outcome.Refused(text["Talk.RankInvalid"], "MinimumRank");
        }
        if (input.RepeatWeeks is < 1 or > MaxRepeatWeeks)
        {
            return Outcome.Refused(text["Talk.RepeatRange", MaxRepeatWeeks], "RepeatWeeks");
        }
        if (input.Capacity is < 1 or > 100_000)
        {
            return Outcome.Refused(text["Talk.CapacityRange"], "Capacity");
        }
        if (talk is not null && input.Capacity is { } capacity)
        {
            var seated = await db.Set<TalkRsvp>().CountAsync(r => r.TalkId == talk.Id && !r.IsWaitlisted, cancellationToken);
            if (capacity < seated)
            {
                return Outcome.Refused(text["Talk.CapacityBelowSeats", seated], "Capacity");
            }
        }
        var hostIsStaff = await db.UserRoles.Where(ur => ur.UserId == input.HostId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
            .AnyAsync(name => name == AppRoles.Owner || name == AppRoles.Expert, cancellationToken);
        if (!hostIsStaff)
        {
            return Outcome.Refused(text["Talk.HostInvalid"], "HostId");
        }
        if (!string.IsNullOrWhiteSpace(input.GuestEmail)
            && !await db.Users.AnyAsync(u => u.NormalizedEmail == input.GuestEmail.Trim().ToUpperInvariant(), cancellationToken))
        {
            return Outcome.Refused(text["Talk.GuestUnknown", input.GuestEmail.Trim()], "GuestEmail");
        }
        return null;
    }

    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
