using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Accounts;

/// <summary>Puts the member's display name, language and time zone into the sign-in cookie so every page can use them without a query.</summary>
internal sealed class AppUserClaimsPrincipalFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.NameForDisplay));
        if (!string.IsNullOrEmpty(user.Language))
        {
            identity.AddClaim(new Claim(AppClaims.Culture, user.Language));
        }
        if (!string.IsNullOrEmpty(user.TimeZoneId))
        {
            identity.AddClaim(new Claim(AppClaims.TimeZone, user.TimeZoneId));
        }
        return identity;
    }
}
