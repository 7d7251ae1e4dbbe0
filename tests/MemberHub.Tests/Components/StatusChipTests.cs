using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Talks.Schedule;

namespace MemberHub.Tests.Components;

/// <summary>A question's state, a talk's and a membership's phase are drawn by the one status chip.</summary>
public class StatusChipTests : AppTestContext
{
    [Fact]
    public void Each_status_says_its_state_in_words_and_in_a_tone()
    {
        var question = Render<StateChip>(p => p.Add(c => c.State, QuestionState.Resolved)).Find("span");
        var talk = Render<TalkStateChip>(p => p.Add(c => c.State, TalkState.Live)).Find("span");
        var membership = Render<MembershipStatusChip>(p => p.Add(c => c.Phase, MembershipPhase.Lapsed)).Find("span");

        Assert.Equal(("question-state", "resolved", "Resolved"), (question.GetAttribute("data-testid"), question.GetAttribute("data-state"), question.TextContent));
        Assert.Equal(("talk-state", "live"), (talk.GetAttribute("data-testid"), talk.GetAttribute("data-state")));
        Assert.Equal(("membership-phase", "Lapsed"), (membership.GetAttribute("data-testid"), membership.GetAttribute("data-phase")));
        Assert.Contains("mud-chip-color-success", question.ClassList);
        Assert.Contains("mud-chip-color-error", talk.ClassList);
        Assert.Contains("mud-chip-color-error", membership.ClassList);
        Assert.All(new[] { question, talk, membership }, chip => Assert.Contains("mud-chip-size-small", chip.ClassList));
    }
}
