using MemberHub.Web.Components.Layout;
using MudBlazor.Services;

namespace MemberHub.Web.Components;

/// <summary>The pages and their shell: Razor components (static unless a part must be live), MudBlazor, the theme sheets.</summary>
public static class ComponentsSetup
{
    public static WebApplicationBuilder AddAppShell(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<ThemeStylesheet>();
        return builder;
    }

    public static WebApplication MapAppShell(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapThemeStylesheet();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>The theme sheets; the hash in their URL changes with their content, so browsers keep them for a year.</summary>
    private static void MapThemeStylesheet(this WebApplication app) =>
        app.MapGet("/theme/{file}", (string file, ThemeStylesheet theme, HttpContext context) =>
        {
            if (theme.Css(file) is not { } css)
            {
                return Results.NotFound();
            }
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Text(css, "text/css; charset=utf-8");
        }).AllowAnonymous();
}
