using MemberHub.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace MemberHub.Web.Features.Memberships.Access;

/// <summary>
/// A staff page's policy: one of <see cref="Roles"/>, read from the database when the page is opened rather than from
/// the sign-in cookie, so a role taken away or a ban ends the power at once (the cookie keeps its claims for days).
/// </summary>
public sealed record StaffRoleRequirement(params string[] Roles) : IAuthorizationRequirement;

internal sealed class StaffRoleHandler(MemberAccess access) : AuthorizationHandler<StaffRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffRoleRequirement requirement)
    {
        var viewer = await access.ViewerAsync(context.User);
        if (viewer.Roles.Any(requirement.Roles.Contains) && !viewer.IsBanned)
        {
            context.Succeed(requirement);
        }
    }
}

public static class AccessPolicies
{
    public const string OwnerOrExpert = "OwnerOrExpert";

    public static IServiceCollection AddAccessPolicies(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, StaffRoleHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(AppPolicies.OwnerOnly, policy => policy.AddRequirements(new StaffRoleRequirement(AppRoles.Owner)))
            .AddPolicy(OwnerOrExpert, policy => policy.AddRequirements(new StaffRoleRequirement(AppRoles.Owner, AppRoles.Expert)))
            .AddPolicy(Community.CommunityPolicies.Moderators, policy => policy.AddRequirements(new StaffRoleRequirement(AppRoles.Owner, AppRoles.Moderator)));
        return services;
    }
}
