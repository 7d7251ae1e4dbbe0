using MemberHub.Web.Features.Content.Tracks;
using MemberHub.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MemberHub.Web.Features.Content.Learning;

/// <summary>
/// The lessons each learner finished, read on every lesson and track page and changed only by finishing one: kept
/// until a save of that learner's progress is committed (<see cref="FinishedLessonChanges"/>).
/// </summary>
public sealed class FinishedLessons(TimeProvider clock) : KeyedCache<string, IReadOnlySet<int>>(clock);

public sealed class FinishedLessonChanges(FinishedLessons cache) : UserDataChanges<IReadOnlySet<int>>(cache)
{
    protected override string? UserOf(EntityEntry entry) => entry.Entity is LessonProgress progress ? progress.UserId : null;
}
