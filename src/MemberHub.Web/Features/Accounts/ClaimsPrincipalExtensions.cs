using System.Security.Claims;

namespace MemberHub.Web.Features.Accounts;

public static class ClaimsPrincipalExtensions
{
    public static string? UserId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
