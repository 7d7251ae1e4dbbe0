using MemberHub.Web.Features.Content.Learning;
using MemberHub.Web.Features.Content.Tracks;
using Microsoft.Extensions.Time.Testing;

namespace MemberHub.Tests.Features.Content;

/// <summary>The unlock rules as a table: tier × days since joining × release date × prerequisites.</summary>
public class LessonLocksTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
    private static DateTime Now => Clock.GetUtcNow().UtcDateTime;

    private const int BeginnerStage = 1;
    private const int AdvancedStage = 2;
    private static readonly int[] BeginnerLessons = [10, 11];

    public static TheoryData<string, int, int, int, int?, int?, bool, bool, LockKind> Table => new()
    {
        // case, member rank, days since joining, lesson min rank, release in days (null: none), drip days, needs stage, beginner finished, expected
        { "open to any member", 10, 0, 0, null, null, false, false, LockKind.Open },
        { "tier too low", 10, 30, 20, null, null, false, true, LockKind.NeedsTier },
        { "tier exactly enough", 20, 30, 20, null, null, false, true, LockKind.Open },
        { "tier checked before release", 10, 30, 20, 5, null, false, true, LockKind.NeedsTier },
        { "release still to come", 20, 30, 0, 3, null, false, true, LockKind.NotReleased },
        { "release passed", 20, 30, 0, -1, null, false, true, LockKind.Open },
        { "drip not yet reached", 10, 6, 0, null, 7, false, true, LockKind.Drip },
        { "drip reached on the day", 10, 7, 0, null, 7, false, true, LockKind.Open },
        { "release before drip", 10, 0, 0, 2, 7, false, true, LockKind.NotReleased },
        { "drip before prerequisites", 10, 1, 0, null, 7, true, false, LockKind.Drip },
        { "stage not finished", 10, 30, 0, null, null, true, false, LockKind.FinishStage },
        { "stage finished", 10, 30, 0, null, 7, true, true, LockKind.Open },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Lesson_unlocks_by_tier_then_release_then_drip_then_prerequisites(
        string @case, int rank, int daysSinceJoining, int minimumRank, int? releaseInDays, int? dripDays, bool needsBeginner, bool beginnerFinished, LockKind expected)
    {
        var lesson = new Lesson
        {
            Id = 20, StageId = AdvancedStage, MinimumRank = minimumRank, DripDays = dripDays,
            ReleaseAtUtc = releaseInDays is { } days ? Now.AddDays(days) : null,
            Prerequisites = needsBeginner ? [new LessonPrerequisite { RequiredStageId = BeginnerStage }] : [],
        };
        var learner = new Learner(rank, Now.AddDays(-daysSinceJoining), false, beginnerFinished ? BeginnerLessons.ToHashSet() : []);

        var result = LessonLocks.Evaluate(lesson, learner, Now, stage => stage == BeginnerStage ? BeginnerLessons : []);

        Assert.True(expected == result.Kind, $"{@case}: expected {expected}, got {result.Kind}");
    }

    [Fact]
    public void Drip_lock_says_when_it_opens()
    {
        var lesson = new Lesson { DripDays = 14 };
        var joined = Now.AddDays(-4);

        var result = LessonLocks.Evaluate(lesson, new Learner(10, joined, false, new HashSet<int>()), Now, _ => []);

        Assert.Equal(joined.AddDays(14), result.OpensAtUtc);
    }

    [Fact]
    public void A_single_lesson_prerequisite_names_the_lesson()
    {
        var lesson = new Lesson { Prerequisites = [new LessonPrerequisite { RequiredLessonId = 10 }] };

        var locked = LessonLocks.Evaluate(lesson, new Learner(10, Now, false, new HashSet<int>()), Now, _ => []);
        var open = LessonLocks.Evaluate(lesson, new Learner(10, Now, false, new HashSet<int> { 10 }), Now, _ => []);

        Assert.Equal(new LessonLock(LockKind.FinishLesson, LessonId: 10), locked);
        Assert.True(open.IsOpen);
    }

    [Fact]
    public void Staff_see_every_lesson()
    {
        var lesson = new Lesson { MinimumRank = 99, ReleaseAtUtc = Now.AddDays(30), Prerequisites = [new LessonPrerequisite { RequiredLessonId = 1 }] };

        Assert.True(LessonLocks.Evaluate(lesson, new Learner(0, null, true, new HashSet<int>()), Now, _ => []).IsOpen);
    }

    [Fact]
    public void Time_passing_opens_a_dripped_lesson()
    {
        var clock = new FakeTimeProvider(Clock.GetUtcNow());
        var lesson = new Lesson { DripDays = 3 };
        var learner = new Learner(10, clock.GetUtcNow().UtcDateTime, false, new HashSet<int>());

        var before = LessonLocks.Evaluate(lesson, learner, clock.GetUtcNow().UtcDateTime, _ => []);
        clock.Advance(TimeSpan.FromDays(3));
        var after = LessonLocks.Evaluate(lesson, learner, clock.GetUtcNow().UtcDateTime, _ => []);

        Assert.Equal(LockKind.Drip, before.Kind);
        Assert.True(after.IsOpen);
    }
}
