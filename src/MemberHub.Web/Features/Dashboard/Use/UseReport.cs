using MemberHub.Web.Data;
using MemberHub.Web.Features.Content.Tracks;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Features.Talks.Schedule;
using MemberHub.Web.Features.Talks.SpeakerQuestions;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard.Use;

public sealed record TalkUse(int TalkId, string Title, DateTime StartsAtUtc, int Seats, int Waitlisted, int Attended, int ReplayViewers, int Questions)
{
    /// <summary>Who came, of those who held a seat; none before anyone held one.</summary>
    public double? AttendanceRate => Seats == 0 ? null : (double)Attended / Seats;
}

public sealed record LessonUse(string Track, string Stage, string Lesson, int Opened, int Completed)
{
    public double? CompletionRate => Opened == 0 ? null : (double)Completed / Opened;

    /// <summary>Learners who opened the lesson and have not finished it: where they stopped.</summary>
    public int Stalled => Opened - Completed;
}

public sealed record UseSnapshot(IReadOnlyList<TalkUse> Talks, IReadOnlyList<LessonUse> Lessons)
{
    /// <summary>The lesson most learners opened and left unfinished; none while nobody has stalled.</summary>
    public LessonUse? MostStalled => Lessons.Where(l => l.Stalled > 0).MaxBy(l => l.Stalled);
}

/// <summary>
/// Whether talks and lessons are used: each talk held in the range (not cancelled) with its seats, waitlist,
/// attendance, replay viewers and questions for the speaker; each published lesson, in reading order, with how many
/// learners opened and finished it.
/// </summary>
public sealed class UseReport(IDbContextFactory<AppDbContext> contexts, TrackCatalog catalog, MemberAccess access, IStringLocalizer<DashboardText> text)
{
    public async Task<Outcome<UseSnapshot>> ReadAsync(string? userId, ReportRange range, bool chinese, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(userId, cancellationToken)).Allowed)
        {
            return Outcome<UseSnapshot>.Refused(text["OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var talks = await db.Set<Talk>().AsNoTracking()
            .Where(t => t.CanceledAtUtc == null && t.StartsAtUtc >= range.StartUtc && t.StartsAtUtc < range.EndUtc)
            .OrderBy(t => t.StartsAtUtc)
            .Select(t => new TalkUse(t.Id, t.Title, t.StartsAtUtc,
                db.Set<TalkRsvp>().Count(r => r.TalkId == t.Id && !r.IsWaitlisted),
                db.Set<TalkRsvp>().Count(r => r.TalkId == t.Id && r.IsWaitlisted),
                db.Set<TalkAttendance>().Count(a => a.TalkId == t.Id),
                db.Set<TalkReplayView>().Where(v => v.TalkId == t.Id).Select(v => v.UserId).Distinct().Count(),
                db.Set<SpeakerQuestion>().Count(q => q.TalkId == t.Id)))
            .ToListAsync(cancellationToken);
        var progress = await db.Set<LessonProgress>().AsNoTracking().GroupBy(p => p.LessonId)
            .Select(g => new { LessonId = g.Key, Opened = g.Count(), Completed = g.Count(p => p.CompletedAtUtc != null) })
            .ToDictionaryAsync(p => p.LessonId, cancellationToken);
        var lessons = (await catalog.AllAsync(cancellationToken)).Where(t => t.IsPublished)
            .SelectMany(track => TrackCatalog.InOrder(track).Where(l => l.IsPublished).Select(lesson => new LessonUse(
                track.Title(chinese),
                track.Stages.First(s => s.Id == lesson.StageId).Name(chinese),
                lesson.Title(chinese),
                progress.GetValueOrDefault(lesson.Id)?.Opened ?? 0,
                progress.GetValueOrDefault(lesson.Id)?.Completed ?? 0)))
            .ToList();
        return Outcome<UseSnapshot>.Ok(new UseSnapshot(talks, lessons));
    }
}
