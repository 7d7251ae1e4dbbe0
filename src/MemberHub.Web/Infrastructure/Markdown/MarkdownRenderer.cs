using Ganss.Xss;
using Markdig;
using Markdig.Syntax;

namespace MemberHub.Web.Infrastructure.Markdown;

/// <summary>
/// The one way Markdown becomes HTML: Markdig with raw HTML disabled, then HtmlSanitizer, because Markdig
/// still emits <c>javascript:</c> links and attribute syntax that only a sanitizer removes. Render once
/// when content is saved, never per request.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>Video players that may be embedded; any other iframe is removed.</summary>
    public static readonly string[] AllowedEmbeds =
    [
        "https://www.youtube.com/embed/", "https://www.youtube-nocookie.com/embed/", "https://player.bilibili.com/player.html",
    ];

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UseMediaLinks(MediaOptions())
        .UseAdvancedExtensions()
        .UseReferralLinks("nofollow", "ugc", "noopener")
        .DisableHtml()
        .Use<HighlightedCodeExtension>()
        .Build();

    // YouTube comes with Markdig; a Bilibili video page link becomes Bilibili's player.
    private static Markdig.Extensions.MediaLinks.MediaOptions MediaOptions()
    {
        var options = new Markdig.Extensions.MediaLinks.MediaOptions { Width = "560", Height = "315" };
        options.Hosts.Add(Markdig.Extensions.MediaLinks.HostProviderBuilder.Create("www.bilibili.com", uri =>
        {
            var parts = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            return parts is ["video", var id] && id.StartsWith("BV", StringComparison.Ordinal) && id.All(char.IsAsciiLetterOrDigit)
                ? $"https://player.bilibili.com/player.html?bvid={id}"
                : null;
        }));
        return options;
    }

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();

    /// <summary>True when the Markdown links anywhere off this site (links, autolinks, images).</summary>
    public bool HasExternalLinks(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return false;
        }
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        return document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Any(l => IsExternal(l.Url))
               || document.Descendants<Markdig.Syntax.Inlines.AutolinkInline>().Any(l => !l.IsEmail && IsExternal(l.Url));
    }

    private static bool IsExternal(string? url) =>
        url is not null && (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal)
                            || url.StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    public string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Add("rel");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedTags.Add("iframe");
        sanitizer.AllowedAttributes.UnionWith(["allowfullscreen", "frameborder", "width", "height", "class"]);
        // Links written by members must not carry their own rel (e.g. to drop nofollow) or open windows.
        sanitizer.PostProcessNode += (_, e) =>
        {
            // Classes only from the code highlighter: a member's {.class} must not borrow the app's own styles.
            if (e.Node is AngleSharp.Dom.IElement { ClassName: not null } styled)
            {
                var kept = styled.ClassList.Where(HighlightedCodeExtension.Classes.Contains).ToList();
                if (kept.Count == 0)
                {
                    styled.RemoveAttribute("class");
                }
                else
                {
                    styled.SetAttribute("class", string.Join(' ', kept));
                }
            }
            if (e.Node is AngleSharp.Dom.IElement { TagName: "IFRAME" } frame)
            {
                var src = frame.GetAttribute("src") ?? "";
                if (!AllowedEmbeds.Any(allowed => src.StartsWith(allowed, StringComparison.Ordinal)))
                {
                    frame.Remove();
                }
                return;
            }
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link && link.HasAttribute("href"))
            {
                link.SetAttribute("rel", "nofollow ugc noopener");
                link.RemoveAttribute("target");
            }
        };
        return sanitizer;
    }
}
