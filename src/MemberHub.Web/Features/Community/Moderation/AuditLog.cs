using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Community.Moderation;

public sealed record AuditFilter(ModerationActionKind? Action = null, string? ActorId = null, string? TargetUserId = null, DateTime? FromUtc = null, DateTime? ToUtc = null);

public sealed record AuditEntry(int Id, DateTime CreatedAtUtc, string ActorName, ModerationActionKind Action, string? TargetName, string? ContentKind, int? ContentId, string Reason, int? Days);

/// <summary>The Owner reads the moderation audit log, filtered by action, actor, member and time.</summary>
public sealed class AuditLog(IDbContextFactory<AppDbContext> contexts, MemberAccess access, IStringLocalizer<CommunityText> text)
{
    public async Task<Outcome<IReadOnlyList<AuditEntry>>> ReadAsync(string? actorUserId, AuditFilter filter, int take = 200, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<IReadOnlyList<AuditEntry>>.Refused(text["Settings.OwnerOnly"]);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Set<ModerationAction>().AsNoTracking();
        if (filter.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }
        if (!string.IsNullOrEmpty(filter.ActorId))
        {
            query = query.Where(a => a.ActorId == filter.ActorId);
        }
        if (!string.IsNullOrEmpty(filter.TargetUserId))
        {
            query = query.Where(a => a.TargetUserId == filter.TargetUserId);
        }
        if (filter.FromUtc is { } from)
        {
            query = query.Where(a => a.CreatedAtUtc >= from);
        }
        if (filter.ToUtc is { } to)
        {
            query = query.Where(a => a.CreatedAtUtc < to);
        }
        var rows = await query.OrderByDescending(a => a.Id).Take(take).ToListAsync(cancellationToken);
        var names = await DisplayNames.OfAsync(db, rows.Select(r => r.ActorId).Concat(rows.Select(r => r.TargetUserId).OfType<string>()), cancellationToken);
        return Outcome<IReadOnlyList<AuditEntry>>.Ok(rows.Select(r => new AuditEntry(r.Id, r.CreatedAtUtc, names.GetValueOrDefault(r.ActorId, "?"), r.Action,
            r.TargetUserId is null ? null : names.GetValueOrDefault(r.TargetUserId, "?"), r.ContentKind, r.ContentId, r.Reason, r.Days)).ToList());
    }
}
