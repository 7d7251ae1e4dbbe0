using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Dashboard;

/// <summary>A membership and where it stands now, as the access policy puts it.</summary>
public sealed record MembershipNow(Membership Membership, MembershipPhase Phase)
{
    /// <summary>Billed by Stripe and still paying: active, ending at the period's end, or in the grace period of a failed payment.</summary>
    public bool Pays => Membership.Source == MembershipSource.Stripe
        && Phase is MembershipPhase.Active or MembershipPhase.EndingAtPeriodEnd or MembershipPhase.Grace;

    /// <summary>Every membership with its phase at <paramref name="nowUtc"/>; the reports that count members start here.</summary>
    public static async Task<List<MembershipNow>> AllAsync(AppDbContext db, DateTime nowUtc, TimeSpan grace, CancellationToken cancellationToken) =>
        (await db.Set<Membership>().AsNoTracking().ToListAsync(cancellationToken))
        .Select(m => new MembershipNow(m, MembershipPhases.Of(m, nowUtc, grace)))
        .ToList();
}
