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
    /// <summary>Banned by a moderator: no access at all.</summary>
    Banned,
    /// <summary>Suspended: may read, may not post until the suspension ends.</summary>
    Suspended,
    /// <summary>The rules are new (or changed) and must be accepted before posting.</summary>
    AcceptRules,
    /// <summary>The joining ritual: introduce yourself before posting anywhere else.</summary>
    IntroduceFirst,
}

/// <summary>Where a post goes: the Introductions space is open before one has introduced oneself.</summary>
public enum PostPlace
{
    Introductions,
    Elsewhere,
}

/// <summary>The viewer's standing in the community: rules accepted, introduction posted, suspension or ban.</summary>
public sealed record Participation(int RulesAcceptedVersion, DateTime? IntroducedAtUtc, DateTime? SuspendedUntilUtc, DateTime? BannedAtUtc)
{
    public static readonly Participation None = new(0, null, null, null);
}

/// <summary>The community's current ritual settings that posting depends on.</summary>
public sealed record RitualRules(int RulesVersion, bool RequireIntroduction);

public sealed record AccessDecision(AccessRefusal Refusal, MembershipPhase Phase, int RequiredRank = 0)
{
    public bool Allowed => Refusal == AccessRefusal.None;
}

/// <summary>Who is asking: their staff roles and their membership (with its tier's rank), as stored now.</summary>
public sealed record Viewer(string? UserId, IReadOnlyCollection<string> Roles, Billing.Membership? Membership, int TierRank, Participation? Standing = null)
{
    public static readonly Viewer Anonymous = new(null, [], null, 0);

    public Participation Participation => Standing ?? Participation.None;

    public bool IsSignedIn => UserId is not null;
    public bool IsOwner => Roles.Contains(AppRoles.Owner);
    public bool IsStaff => Roles.Any(r => r is AppRoles.Owner or AppRoles.Expert or AppRoles.Moderator);

    /// <summary>Banned by a moderator: no access and no powers, whatever the roles. The Owner cannot be banned.</summary>
    public bool IsBanned => Participation.BannedAtUtc is not null && !IsOwner;
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
        if (viewer.IsBanned)
        {
            return new AccessDecision(AccessRefusal.Banned, phase, requiredRank);
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

    /// <summary>
    /// Writing a post (introduction, reply, question, answer, comment...): member access first, then the standing and
    /// the joining ritual — not suspended, the current rules accepted, and (unless the Owner switched it off) an
    /// introduction posted before posting anywhere but the Introductions space. Staff skip the ritual.
    /// </summary>
    public static AccessDecision Post(Viewer viewer, PostPlace place, int requiredRank, DateTime nowUtc, TimeSpan grace, RitualRules rules)
    {
        var read = MemberContent(viewer, requiredRank, nowUtc, grace);
        if (!read.Allowed)
        {
            return read;
        }
        var standing = viewer.Participation;
        if (standing.SuspendedUntilUtc > nowUtc && !viewer.IsOwner)
        {
            return read with { Refusal = AccessRefusal.Suspended };
        }
        if (viewer.IsStaff)
        {
            return read;
        }
        if (standing.RulesAcceptedVersion < rules.RulesVersion)
        {
            return read with { Refusal = AccessRefusal.AcceptRules };
        }
        if (place == PostPlace.Elsewhere && rules.RequireIntroduction && standing.IntroducedAtUtc is null)
        {
            return read with { Refusal = AccessRefusal.IntroduceFirst };
        }
        return read;
    }

    /// <summary>Moderating (reports, hiding, warnings, suspensions, bans): Moderators and the Owner; a banned moderator no longer.</summary>
    public static AccessDecision Moderate(Viewer viewer) =>
        !viewer.IsSignedIn ? new AccessDecision(AccessRefusal.SignIn, MembershipPhase.None)
        : viewer.IsOwner ? new AccessDecision(AccessRefusal.None, MembershipPhase.None)
        : viewer.IsBanned ? new AccessDecision(AccessRefusal.Banned, MembershipPhase.None)
        : viewer.Roles.Contains(AppRoles.Moderator) ? new AccessDecision(AccessRefusal.None, MembershipPhase.None)
        : new AccessDecision(AccessRefusal.StaffOnly, MembershipPhase.None);

    /// <summary>
    /// Changing one's public face (name, headline, avatar, links): signed in, not banned, not suspended. No membership
    /// is needed: a lapsed member still keeps their own account tidy.
    /// </summary>
    public static AccessDecision EditProfile(Viewer viewer, DateTime nowUtc) =>
        !viewer.IsSignedIn ? new AccessDecision(AccessRefusal.SignIn, MembershipPhase.None)
        : viewer.IsBanned ? new AccessDecision(AccessRefusal.Banned, MembershipPhase.None)
        : viewer.Participation.SuspendedUntilUtc > nowUtc && !viewer.IsOwner ? new AccessDecision(AccessRefusal.Suspended, MembershipPhase.None)
        : new AccessDecision(AccessRefusal.None, MembershipPhase.None);

    /// <summary>Owner-only actions (tiers, complimentary memberships, the test panel).</summary>
    public static AccessDecision OwnerOnly(Viewer viewer) =>
        !viewer.IsSignedIn ? new AccessDecision(AccessRefusal.SignIn, MembershipPhase.None)
        : viewer.IsOwner ? new AccessDecision(AccessRefusal.None, MembershipPhase.None)
        : new AccessDecision(AccessRefusal.StaffOnly, MembershipPhase.None);
}
