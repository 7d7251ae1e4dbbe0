using System.Net;
using System.Text;

namespace MemberHub.Web.Infrastructure.Email;

/// <summary>Builds the HTML and plain-text bodies of a simple message: a greeting, paragraphs and an optional action link.</summary>
public static class EmailLayout
{
    public static EmailMessage Compose(string to, string subject, IEnumerable<string> paragraphs, string? actionText = null, string? actionUrl = null,
        string? footer = null, IEnumerable<(string Text, string Url)>? footerLinks = null)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\">");
        var text = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
            text.AppendLine(paragraph).AppendLine();
        }
        if (actionText is not null && actionUrl is not null)
        {
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(actionUrl)).Append("\">")
                .Append(WebUtility.HtmlEncode(actionText)).Append("</a></p>");
            text.AppendLine($"{actionText}: {actionUrl}").AppendLine();
        }
        if (footer is not null)
        {
            html.Append("<p style=\"color:#777;font-size:small\">").Append(WebUtility.HtmlEncode(footer)).Append("</p>");
            text.AppendLine(footer);
        }
        foreach (var (linkText, url) in footerLinks ?? [])
        {
            html.Append("<p style=\"color:#777;font-size:small\"><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">")
                .Append(WebUtility.HtmlEncode(linkText)).Append("</a></p>");
            text.AppendLine($"{linkText}: {url}");
        }
        html.Append("</body></html>");
        return new EmailMessage(to, subject, html.ToString(), text.ToString());
    }
}
