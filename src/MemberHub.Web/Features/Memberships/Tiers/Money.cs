using System.Globalization;

namespace MemberHub.Web.Features.Memberships.Tiers;

/// <summary>Amounts are stored in the currency's minor unit (cents, fen); these convert and format them.</summary>
public static class Money
{
    public static readonly string[] Currencies = ["usd", "cny", "eur", "gbp", "hkd", "sgd", "cad", "aud", "jpy"];

    private static readonly Dictionary<string, string> Symbols = new()
    {
        ["usd"] = "$", ["cny"] = "¥", ["eur"] = "€", ["gbp"] = "£", ["hkd"] = "HK$", ["sgd"] = "S$", ["cad"] = "CA$", ["aud"] = "A$", ["jpy"] = "JP¥",
    };

    public static bool IsZeroDecimal(string currency) => currency.Equals("jpy", StringComparison.OrdinalIgnoreCase);

    public static long ToMinor(decimal amount, string currency) =>
        (long)Math.Round(IsZeroDecimal(currency) ? amount : amount * 100m, MidpointRounding.AwayFromZero);

    public static decimal FromMinor(long minor, string currency) => IsZeroDecimal(currency) ? minor : minor / 100m;

    public static string Format(long minor, string currency)
    {
        var amount = FromMinor(minor, currency);
        var number = amount % 1 == 0 ? amount.ToString("#,0", CultureInfo.CurrentCulture) : amount.ToString("#,0.00", CultureInfo.CurrentCulture);
        return Symbols.TryGetValue(currency.ToLowerInvariant(), out var symbol) ? symbol + number : $"{number} {currency.ToUpperInvariant()}";
    }
}
