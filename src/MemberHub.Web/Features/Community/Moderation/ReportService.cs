using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Community.Moderation;

/// <summary>Members report posts for the moderators; one report per member per post, never one's own.</summary>
public sealed class ReportService(
    IDbContextFactory<AppDbContext> contexts, ModeratedContentRegistry registry, MemberAccess access, TimeProvider clock,
    IStringLocalizer<CommunityText> text)
{
    public async Task<Outcome> ReportAsync(string? reporterId, string kind, int contentId, ReportReason reason, string? details, CancellationToken cancellationToken = default)
    {
        var decision = await access.MemberContentAsync(reporterId, cancellationToken: cancellationToken);
        if (!decision.Allowed)
        {
            return Outcome.Refused(text[$"Posting.Refused.{decision.Refusal}"]);
        }
        if (!Enum.IsDefined(reason))
        {
            return Outcome.Refused(text["Report.BadReason"], nameof(Report.Reason));
        }
        details = details?.Trim() ?? "";
        if (details.Length > Report.DetailsMaxLength)
        {
            return Outcome.Refused(ValidationMax(Report.DetailsMaxLength), nameof(Report.Details));
        }
        if (registry.Find(kind) is not { } content)
        {
            return Outcome.Refused(text["Report.Unknown"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await content.FindAsync(db, contentId, cancellationToken);
        if (item is null || item.IsHidden)
        {
            return Outcome.Refused(text["Report.Unknown"]);
        }
        if (item.AuthorId == reporterId)
        {
            return Outcome.Refused(text["Report.Own"]);
        }
        if (await db.Set<Report>().AnyAsync(r => r.ContentKind == kind && r.ContentId == contentId && r.ReporterId == reporterId, cancellationToken))
        {
            return Outcome.Refused(text["Report.Twice"]);
        }
        db.Add(new Report
        {
            ContentKind = kind, ContentId = contentId, ContentAuthorId = item.AuthorId, ReporterId = reporterId!, Reason = reason,
            Details = details, Status = ReportStatus.Open, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    private static string ValidationMax(int max) => string.Format(System.Globalization.CultureInfo.CurrentCulture,
        MemberHub.Web.Infrastructure.Localization.ValidationText.MaxLength, "", max);
}
