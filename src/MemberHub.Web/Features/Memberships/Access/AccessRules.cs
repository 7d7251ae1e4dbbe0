using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Billing;

namespace MemberHub.Web.Features.Memberships.Access;

/// <summary>Why something is refused, which decides what the refusal page offers (log in, join, renew, upgrade).</summary>
public enum AccessRefusal
{
    None,
    SignIn,
    Join,
    PaymentPending,
    Renew,
    Upgrade,
    StaffOnly,
}

public sealed record AccessDecision(AccessRefusal Refusal, MembershipPhase Phase, int RequiredRank = 0)
{
    public bool Allowed => Refusal == AccessRefusal.None;
}

/// <summary>Who is asking: their staff roles and their membership (with its tier's rank), as stored now.</summary>
public sealed record Viewer(string? UserId, IReadOnlyCollection<string> Roles, Billing.Membership? Membership, int TierRank)
{
    public static readonly Viewer Anonymous = new(null, [], null, 0);

    public bool IsSignedIn => UserId is not null;
    public bool IsOwner => Roles.Contains(AppRoles.Owner);
    public bool IsStaff => Roles.Any(r => r is AppRoles.Owner or AppRoles.Expert or AppRoles.Moderator);
}

/// <summary>
/// The rules of access as a pure function of role, membership state and tier rank, so they can be
/// table-tested. <see cref="MemberAccess"/> loads the viewer and asks these.
/// </summary>
public static class AccessRules
{
    /// <summary>
    /// Members-only content at <paramref name="requiredRank"/> (0 = any membership). Staff (Owner, Expert,
    /// Moderator) see everything; members need a membership that gives access and a tier of that rank or higher.
    /// </summary>
    public static AccessDecision MemberContent(Viewer viewer, int requiredRank, DateTime nowUtc, TimeSpan grace)
    {
        var phase = MembershipPhases.Of(viewer.Membership, nowUtc, grace);
        if (!viewer.IsSignedIn)
        {
            return new AccessDecision(AccessRefusal.SignIn, phase, requiredRank);
        }
        if (viewer.IsStaff)
        {
            return new AccessDecision(AccessRefusal.None, phase, requiredRank);
        }
        return phase switch
        {
            MembershipPhase.None => new AccessDecision(AccessRefusal.Join, phase, requiredRank),
            MembershipPhase.Pending => new AccessDecision(AccessRefusal.PaymentPending, phase, requiredRank),
            MembershipPhase.Lapsed => new AccessDecision(AccessRefusal.Renew, phase, requiredRank),
            _ when viewer.TierRank < requiredRank => new AccessDecision(AccessRefusal.Upgrade, phase, requiredRank),
            _ => new AccessDecision(AccessRefusal.None, phase, requiredRank),
        };
    }

    /// <summary>Owner-only actions (tiers, complimentary memberships, the test panel).</summary>
    public static AccessDecision OwnerOnly(Viewer viewer) =>
        !viewer.IsSignedIn ? new AccessDecision(AccessRefusal.SignIn, MembershipPhase.None)
        : viewer.IsOwner ? new AccessDecision(AccessRefusal.None, MembershipPhase.None)
        : new AccessDecision(AccessRefusal.StaffOnly, MembershipPhase.None);
}
