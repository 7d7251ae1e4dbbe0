using AngleSharp.Html.Parser;
using MemberHub.Web.Infrastructure.Markdown;

namespace MemberHub.Tests.Infrastructure;

/// <summary>Lessons may embed videos from an allow-list and show highlighted code; nothing else gets through.</summary>
public class MarkdownEmbedTests
{
    private readonly MarkdownRenderer renderer = new();

    private static AngleSharp.Dom.IElement? First(string html, string selector) =>
        new HtmlParser().ParseDocument("<body>" + html + "</body>").QuerySelector(selector);

    [Fact]
    public void A_youtube_link_on_its_own_becomes_an_embedded_player()
    {
        var frame = First(renderer.ToSafeHtml("![Talk](https://www.youtube.com/watch?v=dQw4w9WgXcQ)"), "iframe");

        Assert.NotNull(frame);
        Assert.StartsWith("https://www.youtube.com/embed/dQw4w9WgXcQ", frame.GetAttribute("src"));
    }

    [Fact]
    public void A_bilibili_video_link_becomes_bilibilis_player()
    {
        var frame = First(renderer.ToSafeHtml("![Talk](https://www.bilibili.com/video/BV1xx411c7mD)"), "iframe");

        Assert.Equal("https://player.bilibili.com/player.html?bvid=BV1xx411c7mD", frame?.GetAttribute("src"));
    }

    [Theory]
    [InlineData("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>")]
    [InlineData("![v](https://evil.example/video.mp4)")]
    [InlineData("![v](https://vimeo.com/12345)")]
    [InlineData("![v](https://www.bilibili.com/video/../../evil)")]
    public void Other_videos_and_raw_iframes_are_not_embedded(string markdown)
    {
        var html = renderer.ToSafeHtml(markdown);

        Assert.Null(First(html, "iframe"));
        InertHtml.AssertInert(html);
    }

    [Fact]
    public void Fenced_code_with_a_known_language_is_highlighted()
    {
        var html = renderer.ToSafeHtml("```csharp\nvar answer = \"42\"; // why\n```");

        Assert.NotNull(First(html, "pre span.keyword"));
        Assert.NotNull(First(html, "pre span.string"));
        Assert.NotNull(First(html, "pre span.comment"));
    }

    [Fact]
    public void Code_is_escaped_not_executed()
    {
        var html = renderer.ToSafeHtml("```html\n<script>alert(1)</script>\n```");

        Assert.Null(First(html, "script"));
        Assert.Contains("alert(1)", First(html, "pre")!.TextContent);
        InertHtml.AssertInert(html);
    }

    [Theory]
    [InlineData("Hello {.mud-overlay}", "p")]
    [InlineData("# Title {.keyword .mud-appbar}", "h1")]
    public void Members_cannot_borrow_the_apps_classes(string markdown, string selector)
    {
        var element = First(renderer.ToSafeHtml(markdown), selector);

        Assert.NotNull(element);
        Assert.DoesNotContain("mud-", element.ClassName ?? "");
    }
}
