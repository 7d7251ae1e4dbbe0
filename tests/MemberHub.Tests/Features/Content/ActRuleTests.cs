using MemberHub.Web.Features.Content.Import;
using MemberHub.Web.Features.Content.Learning;
using MemberHub.Web.Features.Content.Tracks;

namespace MemberHub.Tests.Features.Content;

/// <summary>Lessons unlocked by taking part: the rule table with community acts, and how a rule is written.</summary>
public class ActRuleTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);
    private const int Series = 7;

    private static readonly LearnerActs Nothing = LearnerActs.None;

    private static readonly LearnerActs Busy = new(Introduced: true, QuestionsAsked: 2, AnswersAccepted: 1, AttendedSeries: new HashSet<int> { Series },
        AttendedAnyTalk: true, DaysActive: 5);

    public static TheoryData<string, string, LearnerActs, bool> Table => new()
    {
        // case, rule, what the learner did, opens
        { "not introduced", "introduced", Nothing, false },
        { "introduced", "introduced", Busy, true },
        { "never asked", "asked", Nothing, false },
        { "asked", "asked", Busy, true },
        { "no answer accepted", "accepted", Busy with { AnswersAccepted = 0 }, false },
        { "an answer accepted", "accepted", Busy, true },
        { "no talk attended", "talk", Nothing, false },
        { "any talk attended", "talk", Busy with { AttendedSeries = new HashSet<int>() }, true },
        { "a talk of another series", "talk:7", Busy with { AttendedSeries = new HashSet<int> { 8 } }, false },
        { "a talk of the series", "talk:7", Busy, true },
        { "four days of five", "days:5", Busy with { DaysActive = 4 }, false },
        { "five days of five", "days:5", Busy, true },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void A_lesson_asking_for_an_act_opens_once_the_learner_has_done_it(string @case, string rule, LearnerActs acts, bool opens)
    {
        var lesson = new Lesson { Id = 20, StageId = 2, Prerequisites = [LessonPrerequisite.For(ActRule.Parse(rule)!)] };
        var learner = new Learner(10, Now.AddDays(-30), false, new HashSet<int>(), acts);

        var result = LessonLocks.Evaluate(lesson, learner, Now, _ => []);

        Assert.True(opens == result.IsOpen, $"{@case}: got {result.Kind}");
        Assert.Equal(opens ? null : ActRule.Parse(rule), result.Act);
    }

    [Fact]
    public void Acts_are_checked_after_tier_release_and_drip_and_every_missing_one_is_named()
    {
        var lesson = new Lesson
        {
            Id = 20, StageId = 2, DripDays = 7,
            Prerequisites = [new LessonPrerequisite { RequiredLessonId = 10 }, LessonPrerequisite.For(new ActRule(CommunityAct.Introduced)),
                LessonPrerequisite.For(new ActRule(CommunityAct.AttendedTalk, Series))],
        };
        var newcomer = new Learner(10, Now.AddDays(-1), false, new HashSet<int>(), Nothing);
        var later = newcomer with { JoinedAtUtc = Now.AddDays(-30), CompletedLessonIds = new HashSet<int> { 10 } };

        Assert.Equal(LockKind.Drip, LessonLocks.Evaluate(lesson, newcomer, Now, _ => []).Kind);
        Assert.Equal([CommunityAct.Introduced, CommunityAct.AttendedTalk],
            LessonLocks.Missing(lesson, later, _ => []).Select(l => l.Act!.Act));
        Assert.True(LessonLocks.Evaluate(lesson, later with { Acts = Busy }, Now, _ => []).IsOpen);
    }

    [Theory]
    [InlineData("introduced", "introduced")]
    [InlineData("talk", "talk")]
    [InlineData("talk:12", "talk:12")]
    [InlineData(" days:30 ", "days:30")]
    public void A_rule_reads_back_as_written(string text, string written) => Assert.Equal(written, ActRule.Parse(text)!.ToString());

    [Theory]
    [InlineData("")]
    [InlineData("days")]
    [InlineData("days:0")]
    [InlineData("days:366")]
    [InlineData("introduced:3")]
    [InlineData("talk:-1")]
    [InlineData("talk:x")]
    [InlineData("attended")]
    [InlineData("talk:1:2")]
    public void A_malformed_rule_is_no_rule(string text) => Assert.Null(ActRule.Parse(text));

    [Fact]
    public void A_lesson_file_may_require_an_act()
    {
        Assert.Equal(new Requirement("act", "days:5"), Requirement.Parse("act:days:5"));
        Assert.Equal(new Requirement("act", "talk"), Requirement.Parse("act: talk"));
        Assert.Null(Requirement.Parse("act:dance"));
    }
}
