using MemberHub.Web.Infrastructure.Security;

namespace MemberHub.Web.Features.Accounts.Funnel;

internal static class FunnelEndpoints
{
    /// <summary>
    /// POST /funnel/visit?source=…&amp;ref=… — the pricing page says it was seen (memberhub.js, since a visitor's page is
    /// served from the cache and its code does not run). The browser gets a random visitor key if it has none; a
    /// signed-in member counts as themselves.
    /// </summary>
    public static void MapFunnelEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/funnel/visit", async (string? source, string? @ref, HttpContext context, JoiningFunnel funnel) =>
        {
            var key = context.User.UserId();
            if (key is null)
            {
                key = context.Request.Cookies[JoiningFunnel.VisitorCookie];
                if (!JoiningFunnel.IsVisitorKey(key))
                {
                    key = JoiningFunnel.NewVisitorKey();
                    context.Response.Cookies.Append(JoiningFunnel.VisitorCookie, key, new CookieOptions
                    {
                        HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
                    });
                }
            }
            await funnel.RecordAsync(key, JoiningStep.Visited, JoiningFunnel.SourceOf(source, @ref), context.RequestAborted);
            return Results.NoContent();
        }).WithMetadata(new CountedPerClientAttribute(30));
}
