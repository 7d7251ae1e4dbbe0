using MemberHub.Web.Features.Dashboard.Revenue;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Dashboard.Use;

/// <summary>The talks and lessons tables.</summary>
public static class UseTables
{
    public static readonly string[] Names = ["talks", "lessons"];

    public static DashboardTable Of(string name, UseSnapshot snapshot, IStringLocalizer<DashboardText> text) => name switch
    {
        "talks" => new(name,
            [text["Use.Talk"], text["Use.Date"], text["Use.Seats"], text["Use.Waitlisted"], text["Use.Attended"], text["Use.AttendanceRate"], text["Use.ReplayViewers"], text["Use.Questions"]],
            snapshot.Talks.Select(t => RevenueTables.Row(t.Title, t.StartsAtUtc.ToString("yyyy-MM-dd"), t.Seats, t.Waitlisted, t.Attended, t.AttendanceRate, t.ReplayViewers, t.Questions)).ToList()),
        "lessons" => new(name,
            [text["Use.Track"], text["Use.Stage"], text["Use.Lesson"], text["Use.Opened"], text["Use.Completed"], text["Use.CompletionRate"]],
            snapshot.Lessons.Select(l => RevenueTables.Row(l.Track, l.Stage, l.Lesson, l.Opened, l.Completed, l.CompletionRate)).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a talks or lessons table"),
    };
}
