using MemberHub.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MemberHub.Web.Features.Accounts;

internal static class PreferenceEndpoints
{
    /// <summary>
    /// POST /culture/set (culture, returnUrl; with an antiforgery token) — the language switch: sets the cookie and,
    /// for a signed-in member, the stored preference that e-mails use. GET /culture/set only sets the cookie, so a
    /// link or a prefetch can never change what is stored. Both are full requests (not component events) because the
    /// language is fixed for the lifetime of an interactive circuit.
    /// </summary>
    public static void MapPreferenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/set", (string? culture, string? returnUrl, HttpContext context) =>
            Switch(culture, returnUrl, context, remember: null));
        endpoints.MapPost("/culture/set", async ([FromForm] string? culture, [FromForm] string? returnUrl, HttpContext context,
            UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) =>
            await Switch(culture, returnUrl, context, async normalized =>
            {
                if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user
                    && user.Language != normalized)
                {
                    user.Language = normalized;
                    await users.UpdateAsync(user);
                    await signIn.RefreshSignInAsync(user);
                }
            }));
    }

    private static async Task<IResult> Switch(string? culture, string? returnUrl, HttpContext context, Func<string, Task>? remember)
    {
        var normalized = Cultures.Normalize(culture);
        if (normalized is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: "Unsupported language", detail: $"Choose one of: {string.Join(", ", Cultures.Supported)}.");
        }
        LocalizationSetup.WriteCultureCookie(context, normalized);
        if (remember is not null)
        {
            await remember(normalized);
        }
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
