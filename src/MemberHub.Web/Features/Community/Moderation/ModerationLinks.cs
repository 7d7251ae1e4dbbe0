using System.Text;
using MemberHub.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Community.Moderation;

/// <summary>
/// The report and hide links of a statically rendered page, as markup (a long thread has one per post): each opens its
/// box under the post (<see cref="ReportBox"/>, <see cref="HideBox"/>), and the page's form posts it to the services,
/// which check again.
/// </summary>
public static class ModerationLinks
{
    public static StringBuilder ReportLink(this StringBuilder html, string href, IStringLocalizer<CommunityText> text)
    {
        string label = text["Report.Title"];
        return html.Append("<a").Attribute("href", href).Append(" class=\"act act-icon act-small\" data-testid=\"report\"").Attribute("aria-label", label)
            .Attribute("title", label).Append('>').Icon("flag").Append("</a>");
    }

    public static StringBuilder HideLink(this StringBuilder html, string href, bool hidden, IStringLocalizer<CommunityText> text) =>
        html.Link(href, hidden ? text["Moderation.RestorePost"] : text["Moderation.Hide"], testId: "hide-post", color: hidden ? "success" : "warning");
}
