using System.Security.Cryptography;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Features.Talks.Schedule;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Talks.Calendar;

/// <summary>"Add to calendar": an .ics per talk, and a personal feed (secret, revocable URL) of every talk the member has a seat at.</summary>
public sealed class TalkCalendar(IDbContextFactory<AppDbContext> contexts, MemberAccess access, RsvpService rsvps, TimeProvider clock)
{
    public static string Ics(IEnumerable<Talk> talks, string siteUrl, string calendarName)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//MemberHub//Talks//EN" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var talk in talks)
        {
            var url = $"{siteUrl.TrimEnd('/')}/talks/{talk.Id}";
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"talk-{talk.Id}@memberhub",
                Summary = talk.Title,
                Description = $"{talk.SpeakerName}\n\n{talk.AbstractMarkdown}\n\n{url}",
                Url = new Uri(url),
                Start = new CalDateTime(DateTime.SpecifyKind(talk.StartsAtUtc, DateTimeKind.Utc)),
                End = new CalDateTime(DateTime.SpecifyKind(talk.EndsAtUtc, DateTimeKind.Utc)),
                Status = talk.CanceledAtUtc is null ? "CONFIRMED" : "CANCELLED",
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The member's feed token, made on first use.</summary>
    public async Task<string> TokenAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var feed = await db.Set<CalendarFeed>().SingleOrDefaultAsync(f => f.UserId == userId, cancellationToken);
        if (feed is null)
        {
            feed = new CalendarFeed { UserId = userId, Token = NewToken(), CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.Add(feed);
            await db.SaveChangesAsync(cancellationToken);
        }
        return feed.Token;
    }

    /// <summary>A new token; the old feed URL stops working at once.</summary>
    public async Task<string> RevokeAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<CalendarFeed>().Where(f => f.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        return await TokenAsync(userId, cancellationToken);
    }

    /// <summary>
    /// The talks behind a feed token (null for an unknown or revoked token), only those its owner may still attend:
    /// a lapsed, downgraded or banned member's feed empties at once.
    /// </summary>
    public async Task<IReadOnlyList<Talk>?> FeedAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var userId = await db.Set<CalendarFeed>().Where(f => f.Token == token).Select(f => f.UserId).FirstOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            return null;
        }
        var talks = await db.Set<Talk>().AsNoTracking()
            .Where(t => db.Set<TalkRsvp>().Any(r => r.TalkId == t.Id && r.UserId == userId && !r.IsWaitlisted))
            .OrderBy(t => t.StartsAtUtc).ToListAsync(cancellationToken);
        var viewer = await access.ViewerAsync(userId, cancellationToken);
        return talks.Where(t => rsvps.MayAttend(viewer, t) == TalkRefusal.None).ToList();
    }

    private static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
