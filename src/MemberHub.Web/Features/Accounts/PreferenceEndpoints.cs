using MemberHub.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;

namespace MemberHub.Web.Features.Accounts;

internal static class PreferenceEndpoints
{
    /// <summary>
    /// GET /culture/set?culture=zh-Hans&amp;returnUrl=/ — the language switch. It is a full request (not a
    /// component event) because the language is fixed for the lifetime of an interactive circuit.
    /// </summary>
    public static void MapPreferenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/set", async (string? culture, string? returnUrl, HttpContext context,
            UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) =>
        {
            var normalized = Cultures.Normalize(culture);
            if (normalized is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest,
                    title: "Unsupported language", detail: $"Choose one of: {string.Join(", ", Cultures.Supported)}.");
            }
            LocalizationSetup.WriteCultureCookie(context, normalized);
            if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user
                && user.Language != normalized)
            {
                user.Language = normalized;
                await users.UpdateAsync(user);
                await signIn.RefreshSignInAsync(user);
            }
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        });
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
