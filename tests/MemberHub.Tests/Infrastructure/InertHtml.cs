using AngleSharp.Html.Parser;

namespace MemberHub.Tests.Infrastructure;

/// <summary>Checks rendered HTML the way a browser would see it: no script-capable elements, handlers or URLs.</summary>
public static class InertHtml
{
    private static readonly string[] ForbiddenElements = ["script", "iframe", "object", "embed", "style", "form", "input", "button", "textarea", "svg", "math", "base", "link", "meta"];

    public static void AssertInert(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, ForbiddenElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} on <{element.LocalName}>");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href")
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    Assert.Matches("^(https?:|mailto:|/|#|$)", value.ToLowerInvariant());
                }
            }
        }
    }
}
