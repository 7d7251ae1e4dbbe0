using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Markdown;
using MemberHub.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>Scheduling talks (the Owner), cancelling them and publishing the replay (the Owner or the talk's host).</summary>
public sealed class TalkService(
    IDbContextFactory<AppDbContext> contexts, MemberAccess access, TalkInputCheck check, MarkdownRenderer markdown, RsvpService rsvps, NotificationCenter notifications,
    TalkEvents events, Community.Seasons.SeasonArchive archive, TimeProvider clock, IStringLocalizer<TalksText> text)
{
    public async Task<Outcome<int>> SaveAsync(string? userId, int? talkId, TalkInput input, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var talk = talkId is { } id ? await db.Set<Talk>().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) : null;
        if (talkId is not null && talk is null)
        {
            return Outcome<int>.Refused(text["Refused.Unknown"]);
        }
        if (!viewer.IsOwner && (talk is null || !TalkRules.IsHost(viewer, talk)))
        {
            return Outcome<int>.Refused(text["Refused.HostsOnly"]);
        }
        // A talk held in a season that has ended is part of its read-only archive.
        if (talk is not null && await archive.WriteRefusalAsync(talk.StartsAtUtc, cancellationToken) is { } archived)
        {
            return Outcome<int>.Refused(archived.Error!);
        }
        var invalid = await check.ValidateAsync(db, talk, input, cancellationToken);
        if (invalid is not null)
        {
            return Outcome<int>.Refused(invalid.Error!, invalid.Field);
        }
        var startsAt = TimeZones.ToUtc(input.LocalStart!.Value, input.TimeZoneId)!.Value;
        var endsAt = TimeZones.ToUtc(input.LocalEnd!.Value, input.TimeZoneId)!.Value;
        if (talk is null)
        {
            talk = new Talk { CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.Add(talk);
        }
        talk.Title = input.Title.Trim();
        talk.AbstractMarkdown = input.Abstract?.Trim() ?? "";
        talk.AbstractHtml = markdown.ToSafeHtml(talk.AbstractMarkdown);
        talk.SpeakerName = input.SpeakerName.Trim();
        talk.SpeakerBio = input.SpeakerBio?.Trim() ?? "";
        talk.SpeakerPhotoUrl = Blank(input.SpeakerPhotoUrl);
        talk.SpeakerLink = Blank(input.SpeakerLink);
        talk.GuestUserId = string.IsNullOrWhiteSpace(input.GuestEmail) ? null
            : await db.Users.Where(u => u.NormalizedEmail == input.GuestEmail.Trim().ToUpperInvariant()).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        talk.HostId = input.HostId;
        talk.StartsAtUtc = startsAt;
        talk.EndsAtUtc = endsAt;
        talk.TimeZoneId = input.TimeZoneId.Trim();
        talk.MinimumRank = input.MinimumRank;
        talk.Capacity = input.Capacity;
        talk.JoinUrl = input.JoinUrl.Trim();
        if (talkId is null && input.RepeatWeeks > 1)
        {
            AddSeries(db, talk, input);
        }
        await db.SaveChangesAsync(cancellationToken);
        // A larger room lets the waitlist in.
        await rsvps.PromoteAsync(talk.Id, cancellationToken);
        events.Raise(talk.Id);
        return Outcome<int>.Ok(talk.Id);
    }

    // The weekly slot keeps its wall-clock time in the host's zone: across a daylight-saving change the UTC time moves, the local time does not.
    private static void AddSeries(AppDbContext db, Talk first, TalkInput input)
    {
        var local = input.LocalStart!.Value;
        var series = new TalkSeries
        {
            Title = first.Title, Day = local.DayOfWeek, LocalTime = TimeOnly.FromDateTime(local), TimeZoneId = first.TimeZoneId,
            DurationMinutes = first.DurationMinutes, HostId = first.HostId,
        };
        db.Add(series);
        first.Series = series;
        foreach (var start in TalkSeriesSchedule.Occurrences(series, first.StartsAtUtc, input.RepeatWeeks - 1))
        {
            db.Add(first.Repeated(start));
        }
    }

    /// <summary>The form of a talk, with its join URL and the guest's e-mail: only for the Owner and the talk's host.</summary>
    public async Task<TalkInput?> InputForAsync(string? userId, int talkId, CancellationToken cancellationToken = default)
    {
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var talk = await db.Set<Talk>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == talkId, cancellationToken);
        if (talk is null || !TalkRules.IsHost(viewer, talk))
        {
            return null;
        }
        var guest = talk.GuestUserId is null ? null : await db.Users.Where(u => u.Id == talk.GuestUserId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        return TalkInput.From(talk, guest);
    }

    /// <summary>Cancels the talk; everyone with a seat or on the waitlist is told.</summary>
    public async Task<Outcome> CancelAsync(string? userId, int talkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (talk, refused) = await HostedTalkAsync(db, userId, talkId, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        if (talk.Cancel(clock.GetUtcNow().UtcDateTime) is var refusal and not TalkRefusal.None)
        {
            return Outcome.Refused(text[$"Refused.{refusal}"]);
        }
        var people = await db.Set<TalkRsvp>().Where(r => r.TalkId == talkId).Select(r => r.UserId).ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            notifications.Add(db, NotificationKinds.TalkCanceled, person, $"/talks/{talkId}", "", talk.Title);
        }
        await db.SaveChangesAsync(cancellationToken);
        people.ForEach(notifications.Announce);
        events.Raise(talkId);
        return Outcome.Ok;
    }

    /// <summary>After the talk: the replay link and the notes; the talk then sits in the library of past talks.</summary>
    public async Task<Outcome> PublishReplayAsync(string? userId, int talkId, string? replayUrl, string? notes, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (talk, refused) = await HostedTalkAsync(db, userId, talkId, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        if (!string.IsNullOrWhiteSpace(replayUrl) && !TalkInputCheck.IsWebUrl(replayUrl))
        {
            return Outcome.Refused(text["Talk.UrlInvalid"], "ReplayUrl");
        }
        if ((notes?.Length ?? 0) > Talk.TextMaxLength)
        {
            return Outcome.Refused(text["Talk.TextTooLong", Talk.TextMaxLength], "Notes");
        }
        talk.PublishReplay(Blank(replayUrl), notes?.Trim() ?? "", markdown.ToSafeHtml(notes?.Trim() ?? ""));
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(talkId);
        return Outcome.Ok;
    }

    // The talk, when it exists and the viewer hosts it (its host or the Owner); otherwise why not.
    private async Task<(Talk Talk, Outcome? Refused)> HostedTalkAsync(AppDbContext db, string? userId, int talkId, CancellationToken cancellationToken)
    {
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        var talk = await db.Set<Talk>().SingleOrDefaultAsync(t => t.Id == talkId, cancellationToken);
        var refusal = talk is null ? "Refused.Unknown" : !TalkRules.IsHost(viewer, talk) ? "Refused.HostsOnly" : null;
        if (refusal is not null)
        {
            return (talk!, Outcome.Refused(text[refusal]));
        }
        return (talk!, await archive.WriteRefusalAsync(talk!.StartsAtUtc, cancellationToken));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
