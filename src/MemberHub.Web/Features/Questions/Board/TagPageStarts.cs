using MemberHub.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>
/// Where a deep page of a tag's newest questions starts (the id of its first question), by "tag:offset". Paging by offset
/// reads every skipped entry of the tag's index (page 2 000 of a busy tag skips 40 000); with the start known, a page is
/// read from there like page 1. Dropped whenever any tag's listing changes (<see cref="TagListingChanges"/>), so a
/// start is never used after a question came, went or was hidden.
/// </summary>
public sealed class TagPageStarts(TimeProvider clock) : KeyedCache<string, int?>(clock)
{
    /// <summary>Below this offset reading the skipped entries costs less than remembering where pages start.</summary>
    public const int DeepOffset = 1_000;
}

/// <summary>Tells <see cref="TagPageStarts"/> that a listing changed when a save adds, changes or removes a tag link (after its commit).</summary>
public sealed class TagListingChanges(TagPageStarts starts) : UserDataChanges<int?>(starts)
{
    protected override string? UserOf(EntityEntry entry) => entry.Entity is QuestionTagLink ? Everyone : null;
}
