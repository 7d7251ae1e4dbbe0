using System.Collections.Concurrent;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>
/// A member's recurring revenue moved: what their membership is billed per year, in minor units (a monthly price
/// times twelve, so a yearly price stays exact), before and after. New, expansion, contraction and churned MRR are
/// read from these; a change of currency is two rows, the old one to nothing and the new one from nothing.
/// </summary>
public sealed class RevenueChange
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public string Currency { get; set; } = "";
    public long FromAnnualMinor { get; set; }
    public long ToAnnualMinor { get; set; }
}

internal sealed class RevenueChangeConfiguration : IEntityTypeConfiguration<RevenueChange>
{
    public void Configure(EntityTypeBuilder<RevenueChange> change)
    {
        change.ToTable("RevenueChanges");
        change.Property(c => c.UserId).HasMaxLength(450);
        change.Property(c => c.Currency).HasMaxLength(3);
        // MRR before a range and its moves per day are sums over a time range: the index holds every column they read.
        change.HasIndex(c => new { c.AtUtc, c.Currency, c.FromAnnualMinor, c.ToAnnualMinor });
    }
}

/// <summary>
/// Writes a <see cref="RevenueChange"/> in the same unit of work as any save that changes what a membership is
/// billed (its source, status, price, interval or tier), whichever feature made it: webhooks, reconciliation, the Owner.
/// Paying means billed by Stripe and active or past due (Stripe still retrying); trials and complimentary memberships bring nothing.
/// </summary>
public sealed class RevenueChanges(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly string[] Billed = [nameof(Membership.Source), nameof(Membership.Status), nameof(Membership.StripePriceId), nameof(Membership.Interval), nameof(Membership.TierId)];

    // A Stripe price's amount never changes, so a price once read is kept.
    private static readonly ConcurrentDictionary<string, (long Amount, string Currency, BillingInterval Interval)> Prices = new(StringComparer.Ordinal);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    // SQLite answers synchronously anyway; the few lookups this makes are cached.
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.Entries<Membership>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && Billed.Any(p => e.Property(p).IsModified)))
            .ToList();
        foreach (var entry in entries)
        {
            var before = entry.State == EntityState.Added ? null : Of(context, entry, original: true);
            var after = Of(context, entry, original: false);
            // A membership made now starts paying when it started (a seeded or imported history keeps its dates).
            var at = entry.State == EntityState.Added && entry.Entity.StartedAtUtc < now && entry.Entity.StartedAtUtc != default ? entry.Entity.StartedAtUtc : now;
            foreach (var change in Changes(entry.Entity.UserId, at, before, after))
            {
                context.Add(change);
            }
        }
    }

    private static IEnumerable<RevenueChange> Changes(string userId, DateTime at, (string Currency, long Annual)? before, (string Currency, long Annual)? after)
    {
        if (before is { } b && after is { } a && b.Currency == a.Currency)
        {
            if (b.Annual != a.Annual)
            {
                yield return new RevenueChange { UserId = userId, AtUtc = at, Currency = a.Currency, FromAnnualMinor = b.Annual, ToAnnualMinor = a.Annual };
            }
            yield break;
        }
        if (before is { } old)
        {
            yield return new RevenueChange { UserId = userId, AtUtc = at, Currency = old.Currency, FromAnnualMinor = old.Annual, ToAnnualMinor = 0 };
        }
        if (after is { } now)
        {
            yield return new RevenueChange { UserId = userId, AtUtc = at, Currency = now.Currency, FromAnnualMinor = 0, ToAnnualMinor = now.Annual };
        }
    }

    // What the membership in this state is billed per year, or null when it pays nothing.
    private static (string Currency, long Annual)? Of(DbContext context, EntityEntry<Membership> entry, bool original)
    {
        T Value<T>(string property) => (T)(original ? entry.OriginalValues[property] : entry.CurrentValues[property])!;
        if (Value<MembershipSource>(nameof(Membership.Source)) != MembershipSource.Stripe
            || Value<MembershipStatus>(nameof(Membership.Status)) is not (MembershipStatus.Active or MembershipStatus.PastDue))
        {
            return null;
        }
        var interval = Value<BillingInterval?>(nameof(Membership.Interval)) ?? BillingInterval.Month;
        var price = Value<string?>(nameof(Membership.StripePriceId)) is { } priceId ? PriceOf(context, priceId) : null;
        if (price is null)
        {
            var tierId = Value<int>(nameof(Membership.TierId));
            var tier = context.Set<Tier>().AsNoTracking().Where(t => t.Id == tierId)
                .Select(t => new { t.Currency, t.MonthlyAmount, t.YearlyAmount }).FirstOrDefault();
            var amount = tier is null ? null : interval == BillingInterval.Year ? tier.YearlyAmount : tier.MonthlyAmount;
            price = tier is null || amount is null ? null : (amount.Value, tier.Currency, interval);
        }
        return price is { } p && p.Amount > 0
            ? (p.Currency.ToLowerInvariant(), p.Interval == BillingInterval.Year ? p.Amount : p.Amount * 12)
            : null;
    }

    private static (long Amount, string Currency, BillingInterval Interval)? PriceOf(DbContext context, string priceId)
    {
        if (Prices.TryGetValue(priceId, out var known))
        {
            return known;
        }
        var price = context.Set<TierPrice>().AsNoTracking().Where(p => p.StripePriceId == priceId)
            .Select(p => new { p.Amount, p.Currency, p.Interval }).FirstOrDefault();
        if (price is null)
        {
            return null;
        }
        return Prices[priceId] = (price.Amount, price.Currency, price.Interval);
    }
}
