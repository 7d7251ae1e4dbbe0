using System.ComponentModel.DataAnnotations;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Stripe;

namespace MemberHub.Web.Features.Memberships.Tiers;

public sealed record TierSummary(Tier Tier, int ActiveMembers)
{
    public bool IsFull => Tier.MemberCap is { } cap && ActiveMembers >= cap;
}

/// <summary>The Owner's tiers: create, edit (kept in step with Stripe's product and prices), reorder, archive.</summary>
public sealed class TierService(
    IDbContextFactory<AppDbContext> contexts, IBillingGateway gateway, MemberAccess access, TimeProvider clock,
    IStringLocalizer<MembershipText> text, ILogger<TierService> logger)
{
    /// <summary>Tiers in the Owner's order with how many members hold each one now.</summary>
    /// <summary>A blank tier priced in the community's currency (the one most of its tiers use), not in a fixed default.</summary>
    public async Task<TierInput> NewInputAsync(CancellationToken cancellationToken = default)
    {
        var currencies = (await ListAsync(includeArchived: false, cancellationToken)).Select(t => t.Tier.Currency);
        var input = new TierInput();
        input.Currency = currencies.GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? input.Currency;
        return input;
    }

    public async Task<IReadOnlyList<TierSummary>> ListAsync(bool includeArchived, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tiers = await db.Set<Tier>().AsNoTracking()
            .Where(t => includeArchived || !t.Archived)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Rank)
            .ToListAsync(cancellationToken);
        var counts = await db.Set<Billing.Membership>()
            .Where(m => m.Status != MembershipStatus.Ended && m.Status != MembershipStatus.Incomplete)
            .GroupBy(m => m.TierId)
            .Select(g => new { TierId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TierId, g => g.Count, cancellationToken);
        return tiers.Select(t => new TierSummary(t, counts.GetValueOrDefault(t.Id))).ToList();
    }

    public async Task<Tier?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Tier>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    public async Task<Outcome<int>> SaveAsync(string? actorUserId, TierInput input, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<int>.Refused(text["Tiers.OwnerOnly"]);
        }
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return Outcome<int>.Refused(results[0].ErrorMessage!, results[0].MemberNames.FirstOrDefault());
        }
        var currency = input.Currency.Trim().ToLowerInvariant();
        if (!Money.Currencies.Contains(currency))
        {
            return Outcome<int>.Refused(text["Tiers.UnknownCurrency", string.Join(", ", Money.Currencies)], nameof(TierInput.Currency));
        }
        if (PassRefusal(input) is { } passRefusal)
        {
            return passRefusal;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<Tier>().AnyAsync(t => t.Rank == input.Rank && !t.Archived && t.Id != input.Id, cancellationToken))
        {
            return Outcome<int>.Refused(text["Tiers.RankTaken", input.Rank], nameof(TierInput.Rank));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        Tier tier;
        if (input.Id is { } id)
        {
            tier = await db.Set<Tier>().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
                ?? throw new InvalidOperationException("Unknown tier " + id);
        }
        else
        {
            tier = new Tier { CreatedAtUtc = now, SortOrder = (await db.Set<Tier>().MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? 0) + 1 };
            db.Add(tier);
        }
        tier.NameEn = input.NameEn.Trim();
        tier.NameZh = input.NameZh.Trim();
        tier.DescriptionEn = input.DescriptionEn?.Trim() ?? "";
        tier.DescriptionZh = input.DescriptionZh?.Trim() ?? "";
        tier.PerksEn = input.PerksEn?.Trim() ?? "";
        tier.PerksZh = input.PerksZh?.Trim() ?? "";
        tier.Rank = input.Rank;
        tier.MonthlyAmount = Money.ToMinor(input.MonthlyPrice, currency);
        tier.YearlyAmount = input.YearlyPrice is { } yearly ? Money.ToMinor(yearly, currency) : null;
        tier.Currency = currency;
        tier.TrialDays = input.TrialDays;
        tier.MemberCap = input.MemberCap;
        tier.QuestionsPerMonth = input.QuestionsPerMonth;
        tier.OnSale = input.OnSale;
        tier.PassDays = input.PassDays;
        tier.PassAmount = input.PassPrice is { } pass ? Money.ToMinor(pass, currency) : null;
        tier.PassRenewalAmount = input.PassRenewalPrice is { } renewal ? Money.ToMinor(renewal, currency) : null;
        tier.PassRenewalWindowDays = input.PassRenewalWindowDays;
        tier.PassPaymentMethods = input.PassPaymentMethods.Length > 0 ? input.PassPaymentMethods : "card";
        tier.UpdatedAtUtc = now;

        // Save first so the tier has an id for Stripe's metadata, then sync, all in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var synced = await SyncWithStripeAsync(tier, cancellationToken);
        if (!synced.Succeeded)
        {
            return Outcome<int>.Refused(synced.Error!);
        }
        await ApplyPricesAsync(db, tier, synced.Value!, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<int>.Ok(tier.Id);
    }

    // A pass needs its length, its price and a way to pay; an early-renewal price above the full one would be no offer.
    private Outcome<int>? PassRefusal(TierInput input)
    {
        if (input.PassDays is null && input.PassPrice is null && input.PassRenewalPrice is null)
        {
            return null;
        }
        if (input.PassDays is null)
        {
            return Outcome<int>.Refused(text["Tiers.PassDaysRequired"], nameof(TierInput.PassDays));
        }
        if (input.PassPrice is null)
        {
            return Outcome<int>.Refused(text["Tiers.PassPriceRequired"], nameof(TierInput.PassPrice));
        }
        if (input.PassRenewalPrice > input.PassPrice)
        {
            return Outcome<int>.Refused(text["Tiers.PassRenewalTooHigh"], nameof(TierInput.PassRenewalPrice));
        }
        return input.PassPaymentMethods.Length == 0 ? Outcome<int>.Refused(text["Tiers.PassNoMethod"], nameof(TierInput.PassByCard)) : null;
    }

    public async Task<Outcome> SetArchivedAsync(string? actorUserId, int tierId, bool archived, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Tiers.OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tier = await db.Set<Tier>().SingleOrDefaultAsync(t => t.Id == tierId, cancellationToken);
        if (tier is null)
        {
            return Outcome.Refused(text["Tiers.Unknown"]);
        }
        if (!archived && await db.Set<Tier>().AnyAsync(t => t.Rank == tier.Rank && !t.Archived && t.Id != tierId, cancellationToken))
        {
            return Outcome.Refused(text["Tiers.RankTaken", tier.Rank]);
        }
        // Archiving stops sales; members keep the tier (and Stripe keeps billing them) until they leave.
        tier.Archived = archived;
        tier.OnSale = !archived && tier.OnSale;
        tier.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    public async Task<Outcome> MoveAsync(string? actorUserId, int tierId, int direction, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome.Refused(text["Tiers.OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ordered = await db.Set<Tier>().OrderBy(t => t.SortOrder).ThenBy(t => t.Rank).ToListAsync(cancellationToken);
        var index = ordered.FindIndex(t => t.Id == tierId);
        var target = index + Math.Sign(direction);
        if (index < 0 || target < 0 || target >= ordered.Count)
        {
            return Outcome.Ok;
        }
        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].SortOrder = i + 1;
        }
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    private async Task<Outcome<TierPriceIds>> SyncWithStripeAsync(Tier tier, CancellationToken cancellationToken)
    {
        try
        {
            return Outcome<TierPriceIds>.Ok(await gateway.SyncTierAsync(tier, cancellationToken));
        }
        catch (StripeException e)
        {
            logger.LogWarning(e, "Stripe refused the tier {Tier}", tier.Id);
            return Outcome<TierPriceIds>.Refused(text["Tiers.StripeFailed", e.StripeError?.Message ?? e.Message]);
        }
    }

    private static async Task ApplyPricesAsync(AppDbContext db, Tier tier, TierPriceIds ids, CancellationToken cancellationToken)
    {
        tier.StripeProductId = ids.ProductId;
        tier.StripeMonthlyPriceId = ids.MonthlyPriceId;
        tier.StripeYearlyPriceId = ids.YearlyPriceId;
        db.AddRange(ids.NewPrices);
        foreach (var old in await db.Set<TierPrice>().Where(p => ids.DeactivatedPriceIds.Contains(p.StripePriceId)).ToListAsync(cancellationToken))
        {
            old.Active = false;
        }
    }
}
