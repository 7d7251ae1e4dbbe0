using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Content.Import;
using MemberHub.Web.Features.Content.Learning;
using MemberHub.Web.Features.Content.Owner;
using MemberHub.Web.Features.Content.Tracks;

namespace MemberHub.Web.Features.Content;

public static class ContentSetup
{
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TrackCatalog>();
        builder.Services.AddSingleton<LearningService>();
        builder.Services.AddSingleton<ContentImporter>();
        builder.Services.AddSingleton<TrackEditor>();
        return builder;
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
