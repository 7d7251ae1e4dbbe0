using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Infrastructure.Markdown;

namespace MemberHub.Tests.Features.Community;

public class EngagementAndLinksTests
{
    private static readonly IReadOnlyList<EngagementLevel> Levels =
        PointsService.DefaultLevels.Select(l => new EngagementLevel { MinimumPoints = l.MinimumPoints, NameEn = l.NameEn, NameZh = l.NameZh }).ToList();

    [Theory]
    [InlineData(0, "Newcomer")]
    [InlineData(19, "Newcomer")]
    [InlineData(20, "Regular")]
    [InlineData(99, "Regular")]
    [InlineData(100, "Core")]
    [InlineData(5000, "Leader")]
    public void Points_reach_levels_at_their_thresholds(int points, string level) =>
        Assert.Equal(level, PointsService.LevelOf(Levels, points).NameEn);

    [Theory]
    [InlineData("Visit https://shop.example.com now", true)]
    [InlineData("[my shop](http://shop.example.com)", true)]
    [InlineData("<https://example.com>", true)]
    [InlineData("www.example.com is great", true)]
    [InlineData("![logo](https://example.com/x.png)", true)]
    [InlineData("See [the rules](/welcome) and mail me@example.com", false)]
    [InlineData("I run a shop at example dot com", false)]
    public void External_links_are_found_in_markdown(string markdown, bool external) =>
        Assert.Equal(external, new MarkdownRenderer().HasExternalLinks(markdown));

    [Fact]
    public void Muted_kinds_are_not_emailed_but_warnings_always_are()
    {
        var settings = new NotificationSettings { MutedKinds = "*" };
        Assert.False(settings.Emails(NotificationKinds.Welcomed));
        Assert.True(settings.Emails(NotificationKinds.Warning));
        Assert.True(settings.Emails(NotificationKinds.Banned));
        Assert.True(new NotificationSettings { MutedKinds = "Welcomed" }.Emails(NotificationKinds.IntroductionReply));
    }
}
