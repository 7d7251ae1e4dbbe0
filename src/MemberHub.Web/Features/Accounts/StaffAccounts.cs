using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Accounts;

/// <summary>Creates the staff roles and the configured first Owner at start-up.</summary>
public sealed class StaffAccounts(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<OwnerOptions> owner,
    TimeProvider clock, ILogger<StaffAccounts> logger)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in AppRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public async Task EnsureConfiguredOwnerAsync()
    {
        var options = owner.Value;
        if (string.IsNullOrWhiteSpace(options.Email) || string.IsNullOrWhiteSpace(options.Password))
        {
            return;
        }
        var user = await EnsureUserAsync(options.Email, options.Password, "Owner");
        if (!await users.IsInRoleAsync(user, AppRoles.Owner))
        {
            await users.AddToRoleAsync(user, AppRoles.Owner);
            logger.LogInformation("{Email} is the Owner", options.Email);
        }
    }

    /// <summary>Finds the user by e-mail or creates a confirmed account with that password.</summary>
    public async Task<ApplicationUser> EnsureUserAsync(string email, string password, string displayName, string? language = null, string? timeZone = null)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is not null)
        {
            return user;
        }
        user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            Language = language,
            TimeZoneId = timeZone,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create the account {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        return user;
    }
}
