using MemberHub.Web.Data;
using MemberHub.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Accounts;

public sealed record Person(string Id, string DisplayName, string Email, bool EmailConfirmed, DateTime JoinedUtc, IReadOnlyList<string> Roles);

/// <summary>The Owner's view of everyone with an account, and the Expert and Moderator roles they hand out.</summary>
public sealed class PeopleService(
    IDbContextFactory<AppDbContext> contexts, IServiceScopeFactory scopes, StaffDirectory staff,
    IStringLocalizer<AccountsText> text, ILogger<PeopleService> logger)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<Person>> SearchAsync(string? search, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }
        var page = await users.OrderBy(u => u.DisplayName).Take(PageSize)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.EmailConfirmed, u.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        var ids = page.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return page.Select(u => new Person(u.Id, u.DisplayName, u.Email ?? "", u.EmailConfirmed, u.CreatedAtUtc,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList()))
            .ToList();
    }

    /// <summary>Gives or takes the Expert or Moderator role. Only an Owner may, and only those two roles.</summary>
    public async Task<Outcome> SetRoleAsync(string? actorUserId, string userId, string role, bool grant, CancellationToken cancellationToken = default)
    {
        if (!await staff.HasRoleAsync(actorUserId, AppRoles.Owner, cancellationToken))
        {
            return Outcome.Refused(text["People.OwnerOnly"]);
        }
        if (!AppRoles.Assignable.Contains(role))
        {
            return Outcome.Refused(text["People.RoleNotAssignable", role]);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return Outcome.Refused(text["People.UnknownUser"]);
        }
        var hasRole = await users.IsInRoleAsync(user, role);
        if (hasRole == grant)
        {
            return Outcome.Ok;
        }
        var result = grant ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        if (!result.Succeeded)
        {
            return Outcome.Refused(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        // A new stamp makes the member's sign-in cookie pick up the change at its next validation.
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("{Actor} {Change} {Role} for {User}", actorUserId, grant ? "granted" : "removed", role, userId);
        return Outcome.Ok;
    }
}
