using System.Globalization;
using MemberHub.Web.Features.Memberships.Tiers;

namespace MemberHub.Tests.Features.Memberships;

public class MoneyTests
{
    [Theory]
    [InlineData(19.99, "usd", 1999)]
    [InlineData(299, "cny", 29900)]
    [InlineData(1500, "jpy", 1500)]
    [InlineData(0.005, "usd", 1)]
    public void Major_units_become_minor_units(decimal amount, string currency, long minor) =>
        Assert.Equal(minor, Money.ToMinor(amount, currency));

    [Theory]
    [InlineData(1999, "usd", "$19.99")]
    [InlineData(29900, "cny", "¥299")]
    [InlineData(1500, "jpy", "JP¥1,500")]
    [InlineData(1000, "chf", "10 CHF")]
    public void Amounts_are_shown_with_their_currency(long minor, string currency, string expected)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        Assert.Equal(expected, Money.Format(minor, currency));
    }
}
