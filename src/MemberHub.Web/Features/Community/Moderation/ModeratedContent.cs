using MemberHub.Web.Data;

namespace MemberHub.Web.Features.Community.Moderation;

/// <summary>A post as the moderators see it, whatever feature it belongs to.</summary>
public sealed record ModeratedItem(string Kind, int Id, string AuthorId, string BodyHtml, string Link, bool IsHidden);

/// <summary>
/// How moderation reaches a kind of post. Each feature with posts registers one (introductions and replies now;
/// questions, answers and comments as those land), so reports, hiding and restoring work the same everywhere.
/// </summary>
public interface IModeratedContent
{
    string Kind { get; }

    Task<ModeratedItem?> FindAsync(AppDbContext db, int id, CancellationToken cancellationToken);

    /// <summary>Hides or restores the post in <paramref name="db"/>'s unit of work; false when there is no such post.</summary>
    Task<bool> SetHiddenAsync(AppDbContext db, int id, bool hidden, CancellationToken cancellationToken);
}

public sealed class ModeratedContentRegistry(IEnumerable<IModeratedContent> kinds)
{
    private readonly Dictionary<string, IModeratedContent> byKind = kinds.ToDictionary(k => k.Kind, StringComparer.Ordinal);

    public IModeratedContent? Find(string kind) => byKind.GetValueOrDefault(kind);
}
