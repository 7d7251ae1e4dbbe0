using AngleSharp.Html.Parser;
using MemberHub.Tests.Infrastructure;
using MemberHub.Web.Infrastructure.Markdown;

namespace MemberHub.Tests.Features.Questions;

/// <summary>
/// What members type on the board (questions, answers, comments, summaries) is rendered once, at write time, by the
/// shared renderer: every payload here must come out inert, and every link must carry rel="nofollow ugc noopener".
/// </summary>
public class BoardXssCorpusTests
{
    public static readonly TheoryData<string> Payloads =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "<body onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"https://evil.example/x.swf\">",
        "<a href=\"javascript:alert(1)\">click</a>",
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](  javascript:alert(1))",
        "[click](java&#x09;script:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![img](javascript:alert(1))",
        "![img](https://example.com/i.png \"onerror=alert(1)\")",
        "<javascript:alert(1)>",
        "text{onclick=alert(1)}",
        "## Heading {onmouseover=alert(1)}",
        "[link](https://example.com){onclick=alert(1)}",
        "[link](https://example.com){target=_blank rel=opener}",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<style>@import 'https://evil.example/x.css';</style>",
        "<form action=\"https://evil.example\"><button>Go</button></form>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<base href=\"https://evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<link rel=stylesheet href=https://evil.example/x.css>",
        "``<img src=x onerror=alert(1)>``",
        "<a href=\"https://example.com\" onmouseover=\"alert(1)\">hover</a>",
        "[a](https://example.com \"title\" onmouseover=alert(1))",
        "<marquee onstart=alert(1)>x</marquee>",
    ];

    private readonly MarkdownRenderer renderer = new();

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_payload_renders_inert(string payload)
    {
        var html = renderer.ToSafeHtml("Question text\n\n" + payload + "\n\nMore text");

        // "javascript:" may survive as visible, escaped text; it must never be a URL, an element or a handler.
        InertHtml.AssertInert(html);
    }

    [Fact]
    public void The_corpus_is_large_enough() => Assert.True(Payloads.Count >= 30);

    [Fact]
    public void Links_written_by_members_are_nofollow_ugc_noopener()
    {
        var html = renderer.ToSafeHtml("See [the guide](https://example.com/guide) and https://example.org and <https://example.net>.");
        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("a");

        Assert.Equal(3, links.Length);
        Assert.All(links, a => Assert.Equal("nofollow ugc noopener", a.GetAttribute("rel")));
    }
}
