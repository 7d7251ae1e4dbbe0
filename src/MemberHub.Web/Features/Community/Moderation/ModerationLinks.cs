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
    public static string Report(string href, IStringLocalizer<CommunityText> text)
    {
        var label = Html.Encode(text["Report.Title"]);
        return $"<a href=\"{Html.Encode(href)}\" class=\"act act-icon act-small\" data-testid=\"report\" aria-label=\"{label}\" title=\"{label}\">{Html.Icon("flag")}</a>";
    }

    public static string Hide(string href, bool hidden, IStringLocalizer<CommunityText> text) =>
        Html.Link(href, hidden ? text["Moderation.RestorePost"] : text["Moderation.Hide"], testId: "hide-post", color: hidden ? "success" : "warning");
}
