using System.ComponentModel.DataAnnotations;
using MemberHub.Web.Infrastructure.Localization;

namespace MemberHub.Web.Features.Memberships.Tiers;

/// <summary>What the Owner edits for a tier; prices in major units (29.00), stored in minor units.</summary>
public sealed class TierInput
{
    public int? Id { get; set; }

    [LocalizedRequired]
    [LocalizedStringLength(Tier.NameMaxLength)]
    public string NameEn { get; set; } = "";

    [LocalizedRequired]
    [LocalizedStringLength(Tier.NameMaxLength)]
    public string NameZh { get; set; } = "";

    [LocalizedStringLength(Tier.DescriptionMaxLength)]
    public string? DescriptionEn { get; set; }

    [LocalizedStringLength(Tier.DescriptionMaxLength)]
    public string? DescriptionZh { get; set; }

    [LocalizedStringLength(Tier.PerksMaxLength)]
    public string? PerksEn { get; set; }

    [LocalizedStringLength(Tier.PerksMaxLength)]
    public string? PerksZh { get; set; }

    [LocalizedRange(0, 1000)]
    public int Rank { get; set; }

    [Range(typeof(decimal), "0.5", "100000", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal MonthlyPrice { get; set; }

    [Range(typeof(decimal), "0.5", "1000000", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? YearlyPrice { get; set; }

    [LocalizedRequired]
    public string Currency { get; set; } = "usd";

    [LocalizedRange(0, 365)]
    public int TrialDays { get; set; }

    [LocalizedRange(1, 1_000_000)]
    public int? MemberCap { get; set; }

    [LocalizedRange(0, 1000)]
    public int? QuestionsPerMonth { get; set; }

    public bool OnSale { get; set; } = true;

    /// <summary>Days a one-time pass lasts (none: no pass).</summary>
    [LocalizedRange(1, 3650)]
    public int? PassDays { get; set; }

    [Range(typeof(decimal), "0.5", "1000000", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? PassPrice { get; set; }

    [Range(typeof(decimal), "0.5", "1000000", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public decimal? PassRenewalPrice { get; set; }

    [LocalizedRange(1, 365)]
    public int PassRenewalWindowDays { get; set; } = 30;

    public bool PassByCard { get; set; } = true;
    public bool PassByAlipay { get; set; }
    public bool PassByWechatPay { get; set; }

    public string PassPaymentMethods =>
        string.Join(',', new[] { (PassByCard, "card"), (PassByAlipay, "alipay"), (PassByWechatPay, "wechat_pay") }.Where(m => m.Item1).Select(m => m.Item2));

    public static TierInput From(Tier tier) => new()
    {
        Id = tier.Id,
        NameEn = tier.NameEn,
        NameZh = tier.NameZh,
        DescriptionEn = tier.DescriptionEn,
        DescriptionZh = tier.DescriptionZh,
        PerksEn = tier.PerksEn,
        PerksZh = tier.PerksZh,
        Rank = tier.Rank,
        MonthlyPrice = Money.FromMinor(tier.MonthlyAmount, tier.Currency),
        YearlyPrice = tier.YearlyAmount is { } yearly ? Money.FromMinor(yearly, tier.Currency) : null,
        Currency = tier.Currency,
        TrialDays = tier.TrialDays,
        MemberCap = tier.MemberCap,
        QuestionsPerMonth = tier.QuestionsPerMonth,
        OnSale = tier.OnSale,
        PassDays = tier.PassDays,
        PassPrice = tier.PassAmount is { } pass ? Money.FromMinor(pass, tier.Currency) : null,
        PassRenewalPrice = tier.PassRenewalAmount is { } renewal ? Money.FromMinor(renewal, tier.Currency) : null,
        PassRenewalWindowDays = tier.PassRenewalWindowDays,
        PassByCard = tier.PassMethods.Contains("card"),
        PassByAlipay = tier.PassMethods.Contains("alipay"),
        PassByWechatPay = tier.PassMethods.Contains("wechat_pay"),
    };
}
