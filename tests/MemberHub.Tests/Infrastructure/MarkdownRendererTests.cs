using MemberHub.Web.Infrastructure.Markdown;

namespace MemberHub.Tests.Infrastructure;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("text{onclick=alert(1)}")]
    [InlineData("# Title {onmouseover=alert(1) style=color:red}")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<a href=\"https://x\" onmouseover=\"alert(1)\">x</a>")]
    [InlineData("<style>body{display:none}</style>")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("<svg onload=alert(1)>")]
    public void Dangerous_markdown_renders_inert(string markdown)
    {
        InertHtml.AssertInert(renderer.ToSafeHtml(markdown));
    }

    [Fact]
    public void Ordinary_markdown_keeps_its_formatting_and_links_are_marked_user_content()
    {
        var html = renderer.ToSafeHtml("**bold** and [a link](https://example.com)\n\n- one\n- two");

        Assert.Contains("<strong>bold</strong>", html);
        Assert.Contains("href=\"https://example.com\"", html);
        Assert.Contains("rel=\"nofollow ugc noopener\"", html);
        Assert.Contains("<li>two</li>", html);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_markup()
    {
        var html = renderer.ToSafeHtml("<b>hi</b>");
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;b&gt;", html);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_markdown_is_empty_html(string? markdown) => Assert.Equal("", renderer.ToSafeHtml(markdown));
}
