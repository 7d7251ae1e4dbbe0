using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Content.Import;
using MemberHub.Web.Features.Content.Learning;
using MemberHub.Web.Features.Content.Owner;
using MemberHub.Web.Features.Content.Tracks;
using MemberHub.Web.Infrastructure.Caching;
using MemberHub.Web.Infrastructure.Live;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Content;

public static class ContentSetup
{
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TrackCatalog>();
        builder.Services.EvictPublicPagesOnChangeOf<TrackCatalog>((tracks, evict) =>
        {
            tracks.Changed += evict;
            return new Subscription(() => tracks.Changed -= evict);
        });
        builder.Services.AddSingleton<LearningService>();
        builder.Services.AddSingleton<PerUserCache<FinishedLessons>>();
        builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, FinishedLessonChanges>();
        builder.Services.AddSingleton<LearnerActsReader>();
        builder.Services.AddSingleton<ILearnerActSource, RitualActs>();
        builder.Services.AddSingleton<ContentImporter>();
        builder.Services.AddSingleton<TrackEditor>();
        return builder;
    }

    /// <summary>Start-up: the tracks in the content directory (Markdown files) are imported or brought up to date.</summary>
    public static async Task ImportContentAsync(this WebApplication app)
    {
        var directory = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveContentDirectory(app.Environment.ContentRootPath);
        await app.Services.GetRequiredService<ContentImporter>().ImportAsync(directory);
    }

    public static WebApplication MapContent(this WebApplication app)
    {
        // A download, so an endpoint rather than a page; the editor checks the Owner again.
        app.MapGet("/owner/tracks/{slug}/export", async (string slug, HttpContext http, TrackEditor editor) =>
        {
            var outcome = await editor.ExportAsync(http.User.UserId(), slug, http.RequestAborted);
            return outcome.Succeeded
                ? Results.File(outcome.Value!, "application/zip", $"{slug}.zip")
                : Results.Problem(outcome.Error, statusCode: StatusCodes.Status404NotFound);
        }).RequireAuthorization(AppPolicies.OwnerOnly);
        return app;
    }
}
