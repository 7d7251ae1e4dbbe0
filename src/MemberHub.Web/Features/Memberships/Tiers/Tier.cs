using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Memberships.Tiers;

/// <summary>A level of paid membership. A higher <see cref="Rank"/> includes everything a lower one gives.</summary>
public sealed class Tier
{
    public const int NameMaxLength = 60;
    public const int DescriptionMaxLength = 2_000;
    public const int PerksMaxLength = 2_000;

    public int Id { get; set; }
    public string NameEn { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string DescriptionZh { get; set; } = "";

    /// <summary>One perk per line.</summary>
    public string PerksEn { get; set; } = "";
    public string PerksZh { get; set; } = "";

    public int Rank { get; set; }
    public int SortOrder { get; set; }

    /// <summary>Prices in the currency's minor unit (cents, fen).</summary>
    public long MonthlyAmount { get; set; }
    public long? YearlyAmount { get; set; }
    public string Currency { get; set; } = "usd";

    public int TrialDays { get; set; }
    public int? MemberCap { get; set; }

    /// <summary>Questions a member of this tier may ask on the Q&amp;A board per calendar month (none: no limit; 0: may not ask).</summary>
    public int? QuestionsPerMonth { get; set; }
    public bool OnSale { get; set; } = true;
    public bool Archived { get; set; }

    /// <summary>
    /// A pass for this many days, paid once (the 知识星球 model, for Alipay and WeChat Pay, which cannot always renew
    /// by themselves); none: the tier sells subscriptions only.
    /// </summary>
    public int? PassDays { get; set; }
    public long? PassAmount { get; set; }

    /// <summary>What a pass holder pays to renew in the last <see cref="PassRenewalWindowDays"/> of the term (none: the full price).</summary>
    public long? PassRenewalAmount { get; set; }
    public int PassRenewalWindowDays { get; set; } = 30;

    /// <summary>Stripe payment method types the Owner offers for the pass, comma-separated (card, alipay, wechat_pay).</summary>
    public string PassPaymentMethods { get; set; } = "card";

    public bool SellsPass => PassDays is > 0 && PassAmount is > 0;

    public IReadOnlyList<string> PassMethods =>
        PassPaymentMethods.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string? StripeProductId { get; set; }
    public string? StripeMonthlyPriceId { get; set; }
    public string? StripeYearlyPriceId { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public string Name(bool chinese) => chinese && NameZh.Length > 0 ? NameZh : NameEn.Length > 0 ? NameEn : NameZh;

    public string Description(bool chinese) => chinese && DescriptionZh.Length > 0 ? DescriptionZh : DescriptionEn;

    public IReadOnlyList<string> Perks(bool chinese) =>
        (chinese && PerksZh.Length > 0 ? PerksZh : PerksEn)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public long? Amount(BillingInterval interval) => interval == BillingInterval.Year ? YearlyAmount : MonthlyAmount;

    public string? StripePriceId(BillingInterval interval) => interval == BillingInterval.Year ? StripeYearlyPriceId : StripeMonthlyPriceId;
}

internal sealed class TierConfiguration : IEntityTypeConfiguration<Tier>
{
    public void Configure(EntityTypeBuilder<Tier> tier)
    {
        tier.ToTable("Tiers");
        tier.Property(t => t.NameEn).HasMaxLength(Tier.NameMaxLength);
        tier.Property(t => t.NameZh).HasMaxLength(Tier.NameMaxLength);
        tier.Property(t => t.DescriptionEn).HasMaxLength(Tier.DescriptionMaxLength);
        tier.Property(t => t.DescriptionZh).HasMaxLength(Tier.DescriptionMaxLength);
        tier.Property(t => t.PerksEn).HasMaxLength(Tier.PerksMaxLength);
        tier.Property(t => t.PerksZh).HasMaxLength(Tier.PerksMaxLength);
        tier.Property(t => t.Currency).HasMaxLength(3);
        tier.Property(t => t.PassPaymentMethods).HasMaxLength(64);
        tier.Property(t => t.StripeProductId).HasMaxLength(255);
        tier.Property(t => t.StripeMonthlyPriceId).HasMaxLength(255);
        tier.Property(t => t.StripeYearlyPriceId).HasMaxLength(255);
    }
}
