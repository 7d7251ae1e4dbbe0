using MemberHub.Web.Infrastructure.Localization;

namespace MemberHub.Tests.Infrastructure;

public class CulturesTests
{
    [Theory]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("zh-Hans-CN", "zh-Hans")]
    [InlineData("en-GB", "en")]
    [InlineData("EN", "en")]
    [InlineData("fr-FR", null)]
    [InlineData("not a culture", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Browser_and_profile_languages_map_onto_the_two_we_ship(string? name, string? expected) =>
        Assert.Equal(expected, Cultures.Normalize(name));
}
