using ColorCode;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace MemberHub.Web.Infrastructure.Markdown;

/// <summary>Fenced code blocks with a known language (```csharp) come out highlighted, with CSS classes (css/code.css).</summary>
internal sealed class HighlightedCodeExtension : IMarkdownExtension
{
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
