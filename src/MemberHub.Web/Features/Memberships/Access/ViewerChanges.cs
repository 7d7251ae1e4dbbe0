using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Community.Profiles;
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
public sealed class ViewerChanges(PerUserCache<Viewer> viewers) : UserDataChanges<Viewer>(viewers)
{
    protected override string? UserOf(EntityEntry entry) => entry.Entity switch
    {
        Membership membership => membership.UserId,
        MemberStanding standing => standing.UserId,
        MemberProfile profile => profile.UserId,
        IdentityUserRole<string> role => role.UserId,
        ApplicationUser user => user.Id,
        Tier or IdentityRole => Everyone,
        _ => null,
    };
}
