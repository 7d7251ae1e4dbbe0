using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Questions.Faq;

namespace MemberHub.Tests.Features.Questions;

/// <summary>What may go in the FAQ and who puts it there; how what someone types finds an entry.</summary>
public class FaqRulesTests
{
    private static BoardActor Actor(string who) => who switch
    {
        "member" => new BoardActor("member", false, false),
        "moderator" => new BoardActor("moderator", false, true),
        "expert" => new BoardActor("expert", true, false),
        _ => new BoardActor("owner", true, true),
    };

    [Theory]
    [InlineData("expert", "summary", QuestionState.Answered, false, BoardRefusal.None)]
    [InlineData("owner", "accepted", QuestionState.Resolved, false, BoardRefusal.None)]
    [InlineData("expert", "answer", QuestionState.Answered, false, BoardRefusal.NotFinalAnswer)]
    [InlineData("member", "summary", QuestionState.Resolved, false, BoardRefusal.ExpertsOnly)]
    [InlineData("moderator", "accepted", QuestionState.Resolved, false, BoardRefusal.ExpertsOnly)]
    [InlineData("expert", "summary", QuestionState.Duplicate, false, BoardRefusal.Closed)]
    [InlineData("expert", "summary", QuestionState.Resolved, true, BoardRefusal.AlreadyInFaq)]
    [InlineData("expert", "hidden", QuestionState.Resolved, false, BoardRefusal.Unknown)]
    public void Only_an_expert_promotes_a_threads_final_answer_once(string who, string answerKind, QuestionState state, bool inFaq, BoardRefusal expected)
    {
        var question = new Question { Id = 1, State = state, AcceptedAnswerId = answerKind == "accepted" ? 7 : null };
        var answer = new Answer { Id = 7, QuestionId = 1, IsSummary = answerKind == "summary", IsHidden = answerKind == "hidden" };

        Assert.Equal(expected, FaqRules.Promote(Actor(who), question, answer, inFaq));
    }

    private static FaqItem Entry(int id, string title, string answer, int position = 0) => new(id, id, id, title, "", answer, position, null);

    [Fact]
    public void A_search_needs_every_word_and_ranks_title_matches_above_answer_matches()
    {
        FaqItem[] entries =
        [
            Entry(1, "Renewal reminders", "Send them before the pass ends."),
            Entry(2, "When does my pass end?", "After a year."),
            Entry(3, "Passes and refunds", "Nothing about that here."),
        ];

        Assert.Equal([2, 1], FaqMatching.Rank(entries, "pass ends", every: true, 10).Select(e => e.Id));
    }

    [Fact]
    public void A_question_being_typed_finds_entries_sharing_a_title_word_by_its_stem()
    {
        FaqItem[] entries = [Entry(1, "How should I price a yearly plan?", "Ten months."), Entry(2, "Guest talks", "Monthly, with a replay.")];

        Assert.Equal([1], FaqMatching.Rank(entries, "Pricing for yearly members", every: false, 3).Select(e => e.Id));
        Assert.Empty(FaqMatching.Rank(entries, "the and of", every: false, 3));
    }

    [Fact]
    public void Chinese_is_matched_by_pairs_of_characters_when_any_word_may_match()
    {
        FaqItem[] entries = [Entry(1, "年费会员怎么续费", "提前两周提醒。"), Entry(2, "嘉宾分享的回放", "分享后一天上线。")];

        Assert.Equal([1], FaqMatching.Rank(entries, "会员续费有折扣吗", every: false, 3).Select(e => e.Id));
        Assert.Equal([2], FaqMatching.Rank(entries, "回放", every: true, 3).Select(e => e.Id));
    }

    [Theory]
    [InlineData("pricing", "pric")]
    [InlineData("prices", "pric")]
    [InlineData("price", "pric")]
    [InlineData("plans", "plan")]
    [InlineData("pass", "pass")]
    [InlineData("ends", "end")]
    [InlineData("yearly", "yearly")]
    public void English_words_match_by_a_crude_stem(string word, string stem) => Assert.Equal(stem, FaqMatching.Stem(word));
}
