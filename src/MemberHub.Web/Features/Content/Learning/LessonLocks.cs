using MemberHub.Web.Features.Content.Tracks;

namespace MemberHub.Web.Features.Content.Learning;

public enum LockKind
{
    Open,
    /// <summary>Needs a tier of a higher rank.</summary>
    NeedsTier,
    /// <summary>Has a release date still to come.</summary>
    NotReleased,
    /// <summary>Drips: opens a number of days after the member joined.</summary>
    Drip,
    FinishStage,
    FinishLesson,
    /// <summary>Asks for something done in the community first (introduce yourself, attend a talk…).</summary>
    NeedsAct,
}

/// <summary>Why a lesson is closed (or that it is open), with what the reason needs in words.</summary>
public sealed record LessonLock(LockKind Kind, int RequiredRank = 0, DateTime? OpensAtUtc = null, int? StageId = null, int? LessonId = null, ActRule? Act = null)
{
    public static readonly LessonLock Open = new(LockKind.Open);

    public bool IsOpen => Kind == LockKind.Open;
}

/// <summary>What the lock rules need to know of a learner: tier rank, when they joined, what they finished, what they did in the community.</summary>
public sealed record Learner(int TierRank, DateTime? JoinedAtUtc, bool SeesEverything, IReadOnlySet<int> CompletedLessonIds, LearnerActs? Acts = null)
{
    public static readonly Learner Nobody = new(0, null, false, new HashSet<int>());
}

/// <summary>
/// The unlock rules as a pure function: tier first, then the release date, then the drip, then prerequisites
/// (a whole stage — its published lessons —, single lessons, or acts in the community). Staff see everything.
/// </summary>
public static class LessonLocks
{
    public static LessonLock Evaluate(Lesson lesson, Learner learner, DateTime nowUtc, Func<int, IEnumerable<int>> publishedLessonsOfStage)
    {
        if (learner.SeesEverything)
        {
            return LessonLock.Open;
        }
        if (lesson.MinimumRank > learner.TierRank)
        {
            return new LessonLock(LockKind.NeedsTier, RequiredRank: lesson.MinimumRank);
        }
        if (lesson.ReleaseAtUtc is { } release && release > nowUtc)
        {
            return new LessonLock(LockKind.NotReleased, OpensAtUtc: release);
        }
        if (lesson.DripDays is { } days)
        {
            var opens = (learner.JoinedAtUtc ?? nowUtc).AddDays(days);
            if (opens > nowUtc)
            {
                return new LessonLock(LockKind.Drip, OpensAtUtc: opens);
            }
        }
        return Missing(lesson, learner, publishedLessonsOfStage).FirstOrDefault() ?? LessonLock.Open;
    }

    /// <summary>Every prerequisite still to do, in the order the lesson lists them (the lesson page names them all).</summary>
    public static IEnumerable<LessonLock> Missing(Lesson lesson, Learner learner, Func<int, IEnumerable<int>> publishedLessonsOfStage)
    {
        foreach (var prerequisite in lesson.Prerequisites)
        {
            if (prerequisite.RequiredStageId is { } stageId
                && publishedLessonsOfStage(stageId).Any(id => !learner.CompletedLessonIds.Contains(id)))
            {
                yield return new LessonLock(LockKind.FinishStage, StageId: stageId);
            }
            if (prerequisite.RequiredLessonId is { } lessonId && !learner.CompletedLessonIds.Contains(lessonId))
            {
                yield return new LessonLock(LockKind.FinishLesson, LessonId: lessonId);
            }
            if (prerequisite.Act is { } act && !(learner.Acts ?? LearnerActs.None).Meets(act))
            {
                yield return new LessonLock(LockKind.NeedsAct, Act: act);
            }
        }
    }
}
