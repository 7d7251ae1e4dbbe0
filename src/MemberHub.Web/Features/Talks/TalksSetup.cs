using System.Text;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Talks.Calendar;
using MemberHub.Web.Features.Talks.Reminders;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Features.Talks.Schedule;
using MemberHub.Web.Features.Talks.SpeakerQuestions;
using MemberHub.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Talks;

public static class TalksSetup
{
    public static WebApplicationBuilder AddTalks(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<TalkEvents>();
        services.EvictPublicPagesOnChangeOf<TalkEvents, int>();
        services.AddSingleton<RsvpService>();
        services.AddSingleton<Content.Learning.ILearnerActSource, TalkActs>();
        services.AddSingleton<TalkInputCheck>();
        services.AddSingleton<TalkService>();
        services.AddSingleton<TalkContentCache>();
        services.AddSingleton<TalkSeats>();
        services.AddSingleton<TalkListCache>();
        services.AddSingleton<ListedSeats>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, TalkListChanges>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, ListedSeatChanges>();
        services.AddSingleton<SpeakerQuestions.SpeakerQuestionVotes>();
        services.AddSingleton<TalkReader>();
        services.AddSingleton<TalkActions>();
        services.AddSingleton<SpeakerQuestionService>();
        services.AddSingleton<Community.Moderation.IModeratedContent, SpeakerQuestionModeration>();
        services.AddSingleton<TalkCalendar>();
        services.AddSingleton<TalkReminders>();
        services.AddHostedService<TalkReminderService>();
        builder.Services.AddSingleton<Accounts.IPersonalDataSource, TalksPersonalData>();
        return builder;
    }

    public static WebApplication MapTalks(this WebApplication app)
    {
        // Downloads and redirects, so endpoints rather than pages; each asks the same rules as the talk page.
        app.MapGet("/talks/{id:int}/talk.ics", async (int id, HttpContext http, RsvpService rsvps, Data.AppDbContext db) =>
        {
            var talk = await db.Set<Talk>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, http.RequestAborted);
            if (talk is null)
            {
                return Results.Problem(rsvps.Refusal(TalkRefusal.Unknown), statusCode: StatusCodes.Status404NotFound);
            }
            var refusal = await rsvps.MayAttendAsync(http.User.UserId(), talk, http.RequestAborted);
            return refusal != TalkRefusal.None
                ? Results.Problem(rsvps.Refusal(refusal), statusCode: StatusCodes.Status403Forbidden)
                : Results.File(Encoding.UTF8.GetBytes(TalkCalendar.Ics([talk], SiteUrl(http), talk.Title)), "text/calendar; charset=utf-8", $"talk-{id}.ics");
        }).RequireAuthorization();

        // The personal feed is read by calendar apps, which carry no cookie: the secret token is the key.
        app.MapGet("/calendar/{token}.ics", async (string token, HttpContext http, TalkCalendar calendar) =>
        {
            var talks = await calendar.FeedAsync(token, http.RequestAborted);
            return talks is null
                ? Results.Problem("Unknown or revoked calendar link.", statusCode: StatusCodes.Status404NotFound)
                : Results.Text(TalkCalendar.Ics(talks, SiteUrl(http), "MemberHub talks"), "text/calendar; charset=utf-8", Encoding.UTF8);
        }).AllowAnonymous();

        // The join and replay links are asked for at the moment of use, so a lapsed membership or a ban stops them at once.
        app.MapGet("/talks/{id:int}/join", async (int id, HttpContext http, RsvpService rsvps) =>
            RedirectOrRefuse(await rsvps.JoinAsync(http.User.UserId(), id, http.RequestAborted))).RequireAuthorization();
        app.MapGet("/talks/{id:int}/replay", async (int id, HttpContext http, RsvpService rsvps) =>
            RedirectOrRefuse(await rsvps.WatchReplayAsync(http.User.UserId(), id, http.RequestAborted))).RequireAuthorization();
        return app;
    }

    private static IResult RedirectOrRefuse(Infrastructure.Outcome<string> link) =>
        link.Succeeded ? Results.Redirect(link.Value!) : Results.Problem(link.Error, statusCode: StatusCodes.Status403Forbidden);

    // Calendar files are kept and shared like e-mails: their links start at App:PublicUrl, never at the request's Host.
    private static string SiteUrl(HttpContext http) =>
        http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Infrastructure.AppOptions>>().Value.PublicUrl.TrimEnd('/');
}
