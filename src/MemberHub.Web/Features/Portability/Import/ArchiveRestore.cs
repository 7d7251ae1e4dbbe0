using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Portability.Archive;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Caching;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Portability.Import;

/// <summary>
/// The Owner restores a small archive from the browser into this (empty) instance: the same import as the command, then
/// every cache of the old, empty community is dropped, so the restored one shows at once.
/// </summary>
public sealed class ArchiveRestore(MemberAccess access, ArchiveImporter importer, CacheReset caches, IStringLocalizer<PortabilityText> text)
{
    /// <summary>Larger archives go through the <c>import</c> command, which does not hold an upload open.</summary>
    public const long MaxBytes = 100L * 1024 * 1024;

    public async Task<Outcome<ImportReport>> RestoreAsync(string? actorUserId, Stream archive, CancellationToken cancellationToken = default)
    {
        if (!(await access.OwnerOnlyAsync(actorUserId, cancellationToken)).Allowed)
        {
            return Outcome<ImportReport>.Refused(text["MovingIn.OwnerOnly"]);
        }
        var restored = await importer.ImportAsync(archive, cancellationToken: cancellationToken);
        if (restored.Succeeded)
        {
            await caches.AllAsync(cancellationToken);
        }
        return restored;
    }
}
