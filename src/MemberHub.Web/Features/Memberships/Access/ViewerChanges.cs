using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MemberHub.Web.Features.Memberships.Access;

/// <summary>
/// The rows a <see cref="Viewer"/> is made of: membership, tier, staff roles, rules and introduction, suspension and ban.
/// A save that touches one drops the cached viewer once committed, so a ban or a lapsed membership ends a power at once.
/// </summary>
public sealed class ViewerChanges(PerUserCache<Viewer> viewers, IEnumerable<ViewerRows> elsewhere) : UserDataChanges<Viewer>(viewers)
{
    // Asked for every row of every save: the registrations are read once.
    private readonly ViewerRows[] rowsElsewhere = [.. elsewhere];

    protected override string? UserOf(EntityEntry entry) => entry.Entity switch
    {
        Membership membership => membership.UserId,
        IdentityUserRole<string> role => role.UserId,
        ApplicationUser user => user.Id,
        Tier or IdentityRole => Everyone,
        var row => MemberElsewhere(row),
    };

    private string? MemberElsewhere(object row)
    {
        foreach (var rows in rowsElsewhere)
        {
            if (rows.MemberOf(row) is { } user)
            {
                return user;
            }
        }
        return null;
    }
}
