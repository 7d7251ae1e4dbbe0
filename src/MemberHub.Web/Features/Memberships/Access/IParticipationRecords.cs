using MemberHub.Web.Data;

namespace MemberHub.Web.Features.Memberships.Access;

/// <summary>
/// What the community records about a member taking part (rules accepted, introduction, suspension, ban) and the
/// ritual it asks for now. The access policy needs them and owns this interface; the Community feature keeps the
/// records and answers it, so the policy does not depend on the feature that asks it.
/// </summary>
public interface IParticipationRecords
{
    Task<Participation> ReadAsync(AppDbContext db, string userId, CancellationToken cancellationToken);

    Task<RitualRules> RitualAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Rows kept by another feature that a <see cref="Viewer"/> is made of: <see cref="MemberOf"/> names the member whose
/// viewer a saved row changes (null: not such a row). A plain function, so the save interceptor depends on nothing.
/// </summary>
public sealed record ViewerRows(Func<object, string?> MemberOf);
