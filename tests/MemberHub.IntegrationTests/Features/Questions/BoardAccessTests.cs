using System.Net;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Questions;

/// <summary>Who may read and ask is decided on the server, from the access policy and the tier.</summary>
public class BoardAccessTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const string SecretBody = "BODY-ONLY-MEMBERS-READ";

    [Fact]
    public async Task Visitors_see_titles_only_with_a_join_invitation()
    {
        var asker = await factory.MemberAsync();
        var id = await factory.AskAsync(asker.Id, Board.Input("Visitors may read this title", SecretBody + " details zanzibarium"));
        using var visitor = factory.CreateTestClient();

        var list = await visitor.GetAsync("/questions");
        var thread = await visitor.GetAsync($"/questions/{id}");
        var search = await visitor.GetAsync("/questions?q=zanzibarium");

        Assert.Contains("Visitors may read this title", list.Text);
        Assert.Equal(HttpStatusCode.OK, thread.Status);
        Assert.NotNull(thread.Find("[data-testid=join-invitation]"));
        Assert.Contains("Visitors may read this title", thread.Find("#question-title")!.TextContent);
        Assert.Contains("Visitors may read this title", search.Find("[data-testid=search-hit]")!.TextContent);
        foreach (var page in new[] { list, thread, search })
        {
            Assert.DoesNotContain(SecretBody, page.Html);
        }
    }

    [Fact]
    public async Task Members_read_the_whole_thread()
    {
        var asker = await factory.MemberAsync();
        var reader = await factory.MemberAsync();
        var id = await factory.AskAsync(asker.Id, Board.Input("Members read the body", SecretBody));
        await factory.AnswerAsync((await factory.ExpertAsync()).Id, id, "An expert's ANSWER-TEXT.");
        using var client = factory.CreateTestClient();
        await client.LogInAsync(reader.Email!, MemberHubFactory.Password);

        var thread = await client.GetAsync($"/questions/{id}");

        Assert.Contains(SecretBody, thread.Find(".question-body")!.TextContent);
        Assert.Contains("ANSWER-TEXT", thread.Find("[data-testid=answer] .answer-body")!.TextContent);
        Assert.NotNull(thread.Find("[data-testid=expert-badge]"));
    }

    [Theory]
    [InlineData(0, 0, "Your tier does not include asking the experts. See the tiers to ask questions.")]
    [InlineData(2, 2, "You have used this month's questions for your tier.")]
    [InlineData(null, 3, null)]
    public async Task The_tier_says_how_many_questions_a_member_may_ask_each_month(int? perMonth, int allowed, string? refusal)
    {
        var member = await factory.MemberWithQuotaAsync(perMonth);
        for (var i = 0; i < allowed; i++)
        {
            await factory.AskAsync(member.Id, Board.Input($"Question number {i} this month"));
        }
        var before = await factory.QuestionCountAsync();

        var next = await factory.Questions().AskAsync(member.Id, Board.Input("One more question this month"));

        Assert.Equal(refusal, next.Error);
        Assert.Equal(refusal is null ? before + 1 : before, await factory.QuestionCountAsync());
    }

    [Fact]
    public async Task A_hidden_question_leaves_list_thread_and_search_for_members_but_moderators_still_see_it()
    {
        var asker = await factory.MemberAsync();
        var reader = await factory.MemberAsync();
        var moderator = await factory.ModeratorAsync();
        var id = await factory.AskAsync(asker.Id, Board.Input("Buy cheap followers here", "advertising spam text"));

        var hidden = await factory.Services.GetRequiredService<ModerationService>().HideAsync(moderator.Id, PostKinds.Question, id, "Advertising");

        Assert.True(hidden.Succeeded, hidden.Error);
        Assert.DoesNotContain((await factory.Reader().ListAsync(reader.Id, new QuestionFilter())).Items, q => q.Id == id);
        Assert.Null(await factory.Reader().ThreadAsync(reader.Id, id));
        Assert.Empty(await factory.Search().SearchAsync("cheap followers", 10));
        Assert.True((await factory.Reader().ThreadAsync(moderator.Id, id))!.Question.IsHidden);

        Assert.True((await factory.Services.GetRequiredService<ModerationService>().RestoreAsync(moderator.Id, PostKinds.Question, id, "Mistake")).Succeeded);
        Assert.Contains(await factory.Search().SearchAsync("cheap followers", 10), h => h.QuestionId == id);
    }

    [Fact]
    public async Task People_without_a_membership_cannot_ask_answer_or_vote()
    {
        var outsider = await factory.CreateUserAsync();
        var asker = await factory.MemberAsync();
        var id = await factory.AskAsync(asker.Id);
        var before = await factory.QuestionCountAsync();

        var ask = await factory.Questions().AskAsync(outsider.Id, Board.Input());
        var answer = await factory.Answers().AnswerAsync(outsider.Id, id, "Drive-by answer");
        var vote = await factory.Votes().ToggleAsync(outsider.Id, PostKinds.Question, id);

        Assert.False(ask.Succeeded);
        Assert.False(answer.Succeeded);
        // One place answers "may this person write here now?": the vote is refused with the posting rules' own words.
        Assert.Equal("Only members can take part. See the membership options.", vote.Error);
        Assert.Equal(vote.Error, answer.Error);
        Assert.Equal(before, await factory.QuestionCountAsync());
        Assert.Null(await factory.Reader().ThreadAsync(outsider.Id, id));
    }
}
