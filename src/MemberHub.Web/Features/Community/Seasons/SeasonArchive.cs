using MemberHub.Web.Data;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Community.Seasons;

/// <summary>
/// The seasons as every feature asks about them: is this post in a read-only archive, may this reader open it. The few
/// seasons a community has are read once and kept until the Owner changes one.
/// </summary>
public sealed class SeasonArchive(IDbContextFactory<AppDbContext> contexts, TimeProvider clock, IStringLocalizer<CommunityText> text)
{
    private volatile IReadOnlyList<Season>? seasons;

    public async Task<IReadOnlyList<Season>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (seasons is { } known)
        {
            return known;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var read = await db.Set<Season>().AsNoTracking().OrderBy(s => s.StartsAtUtc).ToListAsync(cancellationToken);
        seasons = read;
        return read;
    }

    public void Changed() => seasons = null;

    /// <summary>Whether any season has ended yet (until one has, nothing is archived and nobody pays for asking).</summary>
    public async Task<bool> AnyEndedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return (await AllAsync(cancellationToken)).Any(s => s.HasEnded(now));
    }

    public async Task<Season?> ArchiveHoldingAsync(DateTime writtenAtUtc, CancellationToken cancellationToken = default) =>
        SeasonRules.ArchiveHolding(await AllAsync(cancellationToken), writtenAtUtc, clock.GetUtcNow().UtcDateTime);

    /// <summary>The refusal for changing anything in a post written at <paramref name="writtenAtUtc"/>; null when it is not archived.</summary>
    public async Task<Outcome?> WriteRefusalAsync(DateTime writtenAtUtc, CancellationToken cancellationToken = default) =>
        await ArchiveHoldingAsync(writtenAtUtc, cancellationToken) is { } archive
            ? Outcome.Refused(text["Season.ReadOnly", archive.Name(Cultures.IsChinese)])
            : null;

    public async Task<bool> MayReadAsync(Viewer viewer, DateTime writtenAtUtc, CancellationToken cancellationToken = default) =>
        await ArchiveHoldingAsync(writtenAtUtc, cancellationToken) is not { } archive || SeasonRules.MayRead(archive, viewer);

    /// <summary>The ended seasons whose archive this viewer may not read.</summary>
    public async Task<IReadOnlyList<Season>> ClosedToAsync(Viewer viewer, CancellationToken cancellationToken = default) =>
        SeasonRules.ClosedTo(await AllAsync(cancellationToken), viewer, clock.GetUtcNow().UtcDateTime);
}
