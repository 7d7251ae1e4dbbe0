using MemberHub.Web.Features.Questions.Board;

namespace MemberHub.Tests.Features.Questions;

/// <summary>The board's lifecycle and permissions as tables: who, in which state, may do what.</summary>
public class QuestionRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc);
    private const string Asker = "asker";

    private static BoardActor Actor(string who) => who switch
    {
        "asker" => new BoardActor(Asker, false, false),
        "member" => new BoardActor("member", false, false),
        "expert" => new BoardActor("expert", true, false),
        "moderator" => new BoardActor("moderator", false, true),
        "owner" => new BoardActor("owner", true, true),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    private static Question Question(QuestionState state, bool hidden = false, bool deleted = false) =>
        new() { Id = 1, AuthorId = Asker, State = state, IsHidden = hidden, IsDeleted = deleted };

    [Theory]
    [InlineData(QuestionState.Open, false, QuestionState.Open)]
    [InlineData(QuestionState.Open, true, QuestionState.Answered)]
    [InlineData(QuestionState.Answered, false, QuestionState.Answered)]
    [InlineData(QuestionState.Answered, true, QuestionState.Answered)]
    [InlineData(QuestionState.Resolved, true, QuestionState.Resolved)]
    public void An_answer_moves_an_open_question_to_answered_only_when_an_expert_writes_it(QuestionState before, bool byExpert, QuestionState after) =>
        Assert.Equal(after, QuestionRules.AfterAnswer(before, byExpert));

    [Theory]
    [InlineData("asker", QuestionState.Open, BoardRefusal.None)]
    [InlineData("asker", QuestionState.Answered, BoardRefusal.None)]
    [InlineData("asker", QuestionState.Resolved, BoardRefusal.None)]
    [InlineData("expert", QuestionState.Answered, BoardRefusal.None)]
    [InlineData("owner", QuestionState.Open, BoardRefusal.None)]
    [InlineData("member", QuestionState.Answered, BoardRefusal.NotYours)]
    [InlineData("moderator", QuestionState.Answered, BoardRefusal.NotYours)]
    [InlineData("asker", QuestionState.Duplicate, BoardRefusal.Closed)]
    [InlineData("expert", QuestionState.OffTopic, BoardRefusal.Closed)]
    public void Accepting_an_answer(string who, QuestionState state, BoardRefusal expected) =>
        Assert.Equal(expected, QuestionRules.Accept(Actor(who), Question(state), new Answer { Id = 5, QuestionId = 1 }));

    [Fact]
    public void A_summary_a_hidden_answer_or_another_questions_answer_cannot_be_accepted()
    {
        Assert.Equal(BoardRefusal.Unknown, QuestionRules.Accept(Actor("asker"), Question(QuestionState.Open), new Answer { QuestionId = 1, IsSummary = true }));
        Assert.Equal(BoardRefusal.Unknown, QuestionRules.Accept(Actor("asker"), Question(QuestionState.Open), new Answer { QuestionId = 1, IsHidden = true }));
        Assert.Equal(BoardRefusal.Unknown, QuestionRules.Accept(Actor("asker"), Question(QuestionState.Open), new Answer { QuestionId = 2 }));
    }

    [Theory]
    [InlineData("asker", QuestionState.Answered, true, BoardRefusal.None)]
    [InlineData("expert", QuestionState.Open, true, BoardRefusal.None)]
    [InlineData("member", QuestionState.Answered, true, BoardRefusal.NotYours)]
    [InlineData("asker", QuestionState.Answered, false, BoardRefusal.NoSummary)]
    [InlineData("asker", QuestionState.Resolved, true, BoardRefusal.AlreadyResolved)]
    [InlineData("expert", QuestionState.Duplicate, true, BoardRefusal.Closed)]
    public void Resolving_with_the_expert_summary(string who, QuestionState state, bool hasSummary, BoardRefusal expected) =>
        Assert.Equal(expected, QuestionRules.ResolveWithSummary(Actor(who), Question(state), hasSummary));

    [Theory]
    [InlineData("expert", QuestionState.Open, BoardRefusal.None)]
    [InlineData("owner", QuestionState.Resolved, BoardRefusal.None)]
    [InlineData("asker", QuestionState.Open, BoardRefusal.ExpertsOnly)]
    [InlineData("moderator", QuestionState.Open, BoardRefusal.ExpertsOnly)]
    [InlineData("expert", QuestionState.OffTopic, BoardRefusal.Closed)]
    public void Writing_the_summary(string who, QuestionState state, BoardRefusal expected) =>
        Assert.Equal(expected, QuestionRules.WriteSummary(Actor(who), Question(state)));

    [Theory]
    [InlineData("asker", "asker", BoardRefusal.None)]
    [InlineData("member", "asker", BoardRefusal.NotAuthor)]
    [InlineData("expert", "asker", BoardRefusal.NotAuthor)]
    [InlineData("moderator", "asker", BoardRefusal.None)]
    [InlineData("owner", "asker", BoardRefusal.None)]
    public void Editing_and_deleting_a_post(string who, string author, BoardRefusal expected) =>
        Assert.Equal(expected, QuestionRules.Edit(Actor(who), author));

    [Theory]
    [InlineData("asker", BoardRefusal.OwnPost)]
    [InlineData("member", BoardRefusal.None)]
    [InlineData("expert", BoardRefusal.None)]
    public void Voting(string who, BoardRefusal expected) => Assert.Equal(expected, QuestionRules.Vote(Actor(who), Asker));

    [Theory]
    [InlineData("moderator", BoardRefusal.None)]
    [InlineData("owner", BoardRefusal.None)]
    [InlineData("expert", BoardRefusal.ModeratorsOnly)]
    [InlineData("asker", BoardRefusal.ModeratorsOnly)]
    public void Closing(string who, BoardRefusal expected) => Assert.Equal(expected, QuestionRules.Close(Actor(who)));

    [Theory]
    [InlineData(false, null, 50, BoardRefusal.None)]
    [InlineData(false, 0, 0, BoardRefusal.NoAsking)]
    [InlineData(false, 3, 2, BoardRefusal.None)]
    [InlineData(false, 3, 3, BoardRefusal.MonthlyLimit)]
    [InlineData(true, 0, 10, BoardRefusal.None)]
    public void Asking_within_the_tiers_monthly_allowance(bool staff, int? perMonth, int asked, BoardRefusal expected) =>
        Assert.Equal(expected, QuestionRules.Ask(staff, perMonth, asked));

    [Theory]
    [InlineData("expert", null, null, BoardRefusal.None)]
    [InlineData("expert", "other", 30, BoardRefusal.ClaimedByOther)]
    [InlineData("expert", "other", -1, BoardRefusal.None)]
    [InlineData("expert", "expert", 30, BoardRefusal.None)]
    [InlineData("member", null, null, BoardRefusal.ExpertsOnly)]
    public void Claiming_a_question_for_two_hours(string who, string? claimedBy, int? minutesLeft, BoardRefusal expected)
    {
        var question = Question(QuestionState.Open);
        question.ClaimedById = claimedBy;
        question.ClaimedUntilUtc = minutesLeft is { } m ? Now.AddMinutes(m) : null;
        Assert.Equal(expected, QuestionRules.Claim(Actor(who), question, Now));
    }

    [Fact]
    public void Only_a_question_still_waiting_for_an_expert_can_be_claimed()
    {
        var answered = Question(QuestionState.Answered);
        var hidden = Question(QuestionState.Open, hidden: true);
        Assert.Equal(BoardRefusal.NotWaiting, QuestionRules.Claim(Actor("expert"), answered, Now));
        Assert.Equal(BoardRefusal.NotWaiting, QuestionRules.Claim(Actor("expert"), hidden, Now));
    }
}
