using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Accounts;

public sealed record StaffMember(string UserId, string DisplayName);

/// <summary>Reads staff roles from the database (not from the sign-in cookie), so a role taken away counts at once.</summary>
public sealed class StaffDirectory(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<bool> HasRoleAsync(string? userId, string role, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return false;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var normalized = role.ToUpperInvariant();
        return await db.UserRoles
            .Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.NormalizedName)
            .AnyAsync(name => name == normalized, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> RolesOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await RolesOfAsync(db, userId, cancellationToken);
    }

    public static async Task<IReadOnlyList<string>> RolesOfAsync(AppDbContext db, string userId, CancellationToken cancellationToken = default) =>
        await db.UserRoles
            .Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var normalized = role.ToUpperInvariant();
        var staff = await db.Roles
            .Where(r => r.NormalizedName == normalized)
            .Join(db.UserRoles, r => r.Id, ur => ur.RoleId, (_, ur) => ur.UserId)
            .Join(db.Users, id => id, u => u.Id, (_, u) => u)
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToListAsync(cancellationToken);
        return staff.Select(u => new StaffMember(u.Id, DisplayNames.Of(u.DisplayName, u.Email))).ToList();
    }
}
