using MemberHub.IntegrationTests.Features.Community;
using MemberHub.Web.Features.Questions.Board;

namespace MemberHub.IntegrationTests.Features.Questions;

/// <summary>Bad input gets a clear message on the right field and saves nothing.</summary>
public class BoardInputTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    public static TheoryData<string, string, string, string> BadQuestions => new()
    {
        { "", "Some details", "Title", "Write your question in the title." },
        { "   ", "Some details", "Title", "Write your question in the title." },
        { new string('x', 300), "Some details", "Title", "The title can be at most 200 characters (it has 300)." },
        { "A fine title", "", "Body", "Add some details so the experts can help." },
        { "A fine title", new string('y', 20_001), "Body", "The details can be at most 20000 characters (they have 20001)." },
    };

    [Theory]
    [MemberData(nameof(BadQuestions))]
    public async Task A_bad_question_is_refused_on_its_field_and_nothing_is_saved(string title, string body, string field, string message)
    {
        var member = await factory.MemberAsync();
        var before = await factory.QuestionCountAsync();

        var outcome = await factory.Questions().AskAsync(member.Id, Board.Input(title, body));

        Assert.False(outcome.Succeeded);
        Assert.Equal(field, outcome.Field);
        Assert.Equal(message, outcome.Error);
        Assert.Equal(before, await factory.QuestionCountAsync());
    }

    [Fact]
    public async Task Unknown_or_too_many_tags_are_refused()
    {
        var member = await factory.MemberAsync();
        var tags = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            tags.Add(await factory.TagAsync());
        }

        var unknown = await factory.Questions().AskAsync(member.Id, Board.Input(tags: [999_999]));
        var tooMany = await factory.Questions().AskAsync(member.Id, Board.Input(tags: tags.ToArray()));

        Assert.Equal("TagIds", unknown.Field);
        Assert.Equal("Choose at most 5 tags.", tooMany.Error);
    }

    [Fact]
    public async Task Posting_too_fast_is_refused_until_a_minute_has_passed()
    {
        var member = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var id = await factory.AskAsync(expert.Id);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 6; i++)
        {
            await factory.AnswerAsync(member.Id, id, $"Answer number {i}");
        }

        var seventh = await factory.Answers().AnswerAsync(member.Id, id, "One too many");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var later = await factory.Answers().AnswerAsync(member.Id, id, "After a pause");

        Assert.False(seventh.Succeeded);
        Assert.Equal("Body", seventh.Field);
        Assert.True(later.Succeeded, later.Error);
    }

    [Fact]
    public async Task Empty_or_overlong_answers_and_comments_are_refused()
    {
        var member = await factory.MemberAsync();
        var id = await factory.AskAsync(member.Id);
        var answer = await factory.AnswerAsync((await factory.ExpertAsync()).Id, id);

        var empty = await factory.Answers().AnswerAsync(member.Id, id, "  ");
        var longAnswer = await factory.Answers().AnswerAsync(member.Id, id, new string('a', 20_001));
        var longComment = await factory.Comments().CommentAsync(member.Id, answer, new string('c', 2_001));

        Assert.Equal("Body", empty.Field);
        Assert.False(longAnswer.Succeeded);
        Assert.Equal("A comment needs some text and at most 2000 characters (it has 2001).", longComment.Error);
    }
}
