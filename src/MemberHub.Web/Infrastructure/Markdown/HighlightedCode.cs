using ColorCode;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace MemberHub.Web.Infrastructure.Markdown;

/// <summary>Fenced code blocks with a known language (```csharp) come out highlighted, with CSS classes (css/code.css).</summary>
internal sealed class HighlightedCodeExtension : IMarkdownExtension
{
    /// <summary>The classes ColorCode writes; the sanitizer keeps these and no others.</summary>
    public static readonly HashSet<string> Classes =
    [
        "keyword", "controlKeyword", "pseudoKeyword", "preprocessorKeyword", "comment", "string", "stringCSharpVerbatim",
        "stringEscape", "number", "type", "typeVariable", "className", "namespace", "constructor", "builtinFunction",
        "builtinValue", "operator", "delimiter", "predefined", "specialChar", "attribute", "name", "htmlComment",
        "htmlElementName", "htmlAttributeName", "htmlAttributeValue", "htmlTagDelimiter", "htmlOperator", "htmlEntity",
        "xmlName", "xmlAttribute", "xmlAttributeValue", "xmlAttributeQuotes", "xmlDelimiter", "xmlComment", "xmlDocTag",
        "xmlDocComment", "xmlCDataSection", "cssSelector", "cssPropertyName", "cssPropertyValue", "jsonKey", "jsonString",
        "jsonNumber", "jsonConst", "sqlSystemFunction", "markdownHeader", "markdownCode", "markdownListItem",
        "powershellCommand", "powershellVariable", "powershellParameter", "powershellOperator", "powershellType",
        "powershellAttribute",
    ];

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<CodeBlockRenderer>() is { } plain)
        {
            html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeRenderer(plain));
        }
    }

    private sealed class HighlightedCodeRenderer(CodeBlockRenderer plain) : HtmlObjectRenderer<CodeBlock>
    {
        private static readonly HtmlClassFormatter Formatter = new();

        protected override void Write(HtmlRenderer renderer, CodeBlock block)
        {
            if (block is FencedCodeBlock { Info: { Length: > 0 } info } && Languages.FindById(info.Trim().ToLowerInvariant()) is { } language)
            {
                var lines = block.Lines.Lines.Take(block.Lines.Count).Select(line => line.ToString());
                // The whole document goes through the sanitizer afterwards, like every other piece of output.
                renderer.Write(Formatter.GetHtmlString(string.Join('\n', lines), language));
                return;
            }
            plain.Write(renderer, block);
        }
    }
}
