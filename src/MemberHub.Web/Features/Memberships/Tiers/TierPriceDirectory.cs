using System.Collections.Concurrent;
using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Memberships.Tiers;

/// <summary>
/// Which tier a Stripe price belongs to. Prices never move between tiers, so a price once looked up is kept;
/// every webhook asks this, and it saves a query on the hot path.
/// </summary>
public sealed class TierPriceDirectory(IDbContextFactory<AppDbContext> contexts)
{
    private readonly ConcurrentDictionary<string, int> tierByPrice = new(StringComparer.Ordinal);

    public async Task<int?> TierOfPriceAsync(AppDbContext db, string priceId, CancellationToken cancellationToken)
    {
        if (tierByPrice.TryGetValue(priceId, out var cached))
        {
            return cached;
        }
        var tierId = await db.Set<TierPrice>().Where(p => p.StripePriceId == priceId).Select(p => (int?)p.TierId).FirstOrDefaultAsync(cancellationToken);
        if (tierId is { } found)
        {
            tierByPrice[priceId] = found;
        }
        return tierId;
    }

    public async Task<int?> TierOfPriceAsync(string priceId, CancellationToken cancellationToken)
    {
        if (tierByPrice.TryGetValue(priceId, out var cached))
        {
            return cached;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await TierOfPriceAsync(db, priceId, cancellationToken);
    }
}
