using MemberHub.Web.Components.Shared;
using MemberHub.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Community.Moderation;

/// <summary>
/// The report, hide and restore buttons of statically rendered pages (a thread, a talk), as the acts their forms post:
/// "report:answer:12" with a reason and details, "hide:answer:12" or "restore:answer:12" with the reason the author sees.
/// </summary>
public sealed class PostModerationActs(ReportService reports, ModerationService moderation, IStringLocalizer<CommunityText> text)
{
    public static bool Handles(PostAction act) => act.Kind.Length > 0 && act.Verb is "report" or "hide" or "restore";

    /// <summary>Done, or refused with why (the services check who may).</summary>
    public async Task<Outcome> RunAsync(string? userId, PostAction act, ReportReason? reason, string? details, CancellationToken cancellationToken = default) =>
        act.Verb switch
        {
            "report" when reason is { } chosen => await reports.ReportAsync(userId, act.Kind, act.Id, chosen, details, cancellationToken),
            "report" => Outcome.Refused(text["Report.ChooseReason"], nameof(Report.Reason)),
            "hide" => await moderation.HideAsync(userId, act.Kind, act.Id, details ?? "", cancellationToken),
            _ => await moderation.RestoreAsync(userId, act.Kind, act.Id, details ?? "", cancellationToken),
        };

    /// <summary>What the page says when the act was done.</summary>
    public string Done(PostAction act) => act.Verb == "report" ? text["Report.Sent"] : text["Moderation.Done"];
}
