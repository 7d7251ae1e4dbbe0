using MemberHub.Web.Features.Content.Tracks;
using MemberHub.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MemberHub.Web.Features.Content.Learning;

/// <summary>
/// The lessons a learner finished, read on every lesson and track page and changed only by finishing one: kept in a
/// <see cref="PerUserCache{T}"/> until a save of that learner's progress is committed (<see cref="FinishedLessonChanges"/>).
/// </summary>
public sealed record FinishedLessons(IReadOnlySet<int> LessonIds);

public sealed class FinishedLessonChanges(PerUserCache<FinishedLessons> cache) : UserDataChanges<FinishedLessons>(cache)
{
    protected override string? UserOf(EntityEntry entry) => entry.Entity is LessonProgress progress ? progress.UserId : null;
}
