using System.Net;
using System.Text.RegularExpressions;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Infrastructure;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Questions;

/// <summary>The thread is read statically; each of its buttons posts the page's one action form and is answered with the page.</summary>
public class ThreadPageTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private const string InteractiveMarker = "\"type\":\"server\"";

    private async Task<(TestClient Client, int Question, int Answer, string Reader)> ThreadWithAnswerAsync()
    {
        var asker = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var question = await factory.AskAsync(asker.Id);
        var answer = await factory.AnswerAsync(expert.Id, question);
        var reader = await factory.MemberAsync();
        var client = factory.CreateTestClient();
        await client.LogInAsync(reader.Email!, MemberHubFactory.Password);
        return (client, question, answer, reader.Id);
    }

    private static Dictionary<string, string> Act(string act, params (string Name, string Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Name, f => f.Value);
        values["Input.Act"] = act;
        return values;
    }

    [Fact]
    public async Task A_members_thread_is_static_with_one_island_that_follows_it_and_a_visitor_gets_none()
    {
        var (client, question, _, _) = await ThreadWithAnswerAsync();
        using var visitor = factory.CreateTestClient();

        var page = await client.GetAsync($"/questions/{question}");
        var visitorPage = await visitor.GetAsync($"/questions/{question}");

        Assert.Equal("static", page.Find(".mud-appbar")!.GetAttribute("data-render"));
        Assert.Single(Regex.Matches(page.Html, Regex.Escape(InteractiveMarker)));
        Assert.Equal("post", page.Find("#thread-actions")!.GetAttribute("method"));
        Assert.DoesNotContain(InteractiveMarker, visitorPage.Html);
        Assert.Null(visitorPage.Find("#thread-actions"));
        client.Dispose();
    }

    [Fact]
    public async Task A_vote_is_a_form_post_answered_with_the_thread_and_the_answer_being_written_is_kept()
    {
        var (client, question, answer, _) = await ThreadWithAnswerAsync();

        var voted = await client.SubmitAsync($"/questions/{question}", "thread",
            Act($"vote:answer:{answer}", ("Input.Answer", "Half-written thoughts on yearly plans")));

        Assert.Equal(HttpStatusCode.OK, voted.Status);
        Assert.Equal("1", voted.Find($"#answer-{answer} [data-testid=score]")!.TextContent);
        Assert.Equal("true", voted.Find($"#answer-{answer} [data-testid=vote-answer] button")!.GetAttribute("aria-pressed"));
        Assert.Equal("Half-written thoughts on yearly plans", voted.Find("#answer-body")!.TextContent);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<PostVote>().CountAsync(v => v.PostKind == PostKinds.Answer && v.PostId == answer)));
        client.Dispose();
    }

    [Fact]
    public async Task An_answer_posted_by_form_appears_with_its_message_and_the_box_is_emptied()
    {
        var (client, question, _, _) = await ThreadWithAnswerAsync();

        var posted = await client.SubmitAsync($"/questions/{question}", "thread",
            Act("answer", ("Input.Answer", "Fourteen days: long enough to join one live talk.")));

        Assert.Contains("Fourteen days", posted.Find("[data-testid=answer]:last-of-type")?.TextContent ?? posted.Text);
        Assert.Equal(2, posted.Document.QuerySelectorAll("[data-testid=answer]").Length);
        Assert.Equal("Answer posted.", posted.Find("[data-testid=flash]")!.TextContent.Trim());
        Assert.Equal("", posted.Find("#answer-body")!.TextContent);
        client.Dispose();
    }

    [Fact]
    public async Task A_refused_answer_says_why_under_the_box_and_keeps_every_word()
    {
        var (client, question, _, _) = await ThreadWithAnswerAsync();
        var tooLong = new string('x', 20_001);

        var refused = await client.SubmitAsync($"/questions/{question}", "thread", Act("answer", ("Input.Answer", tooLong)));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("20000", refused.Find("[data-testid=answer-body-error]")!.TextContent);
        Assert.Equal(tooLong, refused.Find("#answer-body")!.TextContent);
        Assert.Single(refused.Document.QuerySelectorAll("[data-testid=answer]"));
        client.Dispose();
    }

    [Fact]
    public async Task A_comment_box_opened_by_its_link_posts_the_comment_and_closes()
    {
        var (client, question, answer, _) = await ThreadWithAnswerAsync();
        var thread = await client.GetAsync($"/questions/{question}");
        var link = thread.Find($"#answer-{answer} [data-testid=add-comment]")!.GetAttribute("href")!;

        var open = await client.GetAsync(link);
        var commented = await open.SubmitAsync(client, "thread", Act($"comment:answer:{answer}", ("Input.Body", "Does this hold for yearly plans?")));

        Assert.NotNull(open.Find($"#comment-{answer}"));
        Assert.Contains("Does this hold for yearly plans?", commented.Find($"#answer-{answer} [data-testid=comment]")!.TextContent);
        Assert.Null(commented.Find($"#comment-{answer}"));
        client.Dispose();
    }

    [Fact]
    public async Task Editing_someone_elses_answer_by_a_hand_made_post_is_refused_and_changes_nothing()
    {
        var (client, question, answer, _) = await ThreadWithAnswerAsync();

        var refused = await client.SubmitAsync($"/questions/{question}?open=edit:answer:{answer}", "thread",
            Act($"save:answer:{answer}", ("Input.Body", "Taken over")));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Null(refused.Find("#edit-answer-body"));
        Assert.NotNull(refused.Find("[data-testid=flash]"));
        Assert.Equal("Offer a yearly plan at ten months' price.", (await factory.QueryAsync(db => db.Set<Answer>().SingleAsync(a => a.Id == answer))).BodyMarkdown);
        client.Dispose();
    }

    [Fact]
    public async Task A_member_banned_after_opening_the_thread_cannot_vote_and_is_told_why()
    {
        var (client, question, answer, reader) = await ThreadWithAnswerAsync();
        var thread = await client.GetAsync($"/questions/{question}");

        await factory.Services.GetRequiredService<ModerationService>().BanAsync((await factory.OwnerAsync()).Id, reader, "Abuse", cancelSubscriptionNow: true);
        var refused = await thread.SubmitAsync(client, "thread", Act($"vote:answer:{answer}"));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Null(refused.Find("[data-testid=answer]"));
        Assert.NotNull(refused.Find("[data-testid=join-invitation]"));
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<PostVote>().CountAsync(v => v.PostKind == PostKinds.Answer && v.PostId == answer)));
        client.Dispose();
    }

    [Fact]
    public async Task A_member_posting_the_hide_act_by_hand_is_refused_and_the_answer_stays()
    {
        var (client, question, answer, _) = await ThreadWithAnswerAsync();

        var refused = await client.SubmitAsync($"/questions/{question}?open=hide:answer:{answer}", "thread",
            Act($"hide:answer:{answer}", ("Input.Reason", "I do not like it")));

        Assert.Null(refused.Find("[data-testid=hide-post-form]"));
        Assert.NotNull(refused.Find("[data-testid=flash]"));
        Assert.False((await factory.QueryAsync(db => db.Set<Answer>().SingleAsync(a => a.Id == answer))).IsHidden);
        client.Dispose();
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("vote:answer:999999")]
    [InlineData("delete:comment:0")]
    [InlineData("save:lesson:3")]
    [InlineData("")]
    public async Task A_hand_made_act_gets_the_page_with_a_reason_never_an_error(string act)
    {
        var (client, question, _, _) = await ThreadWithAnswerAsync();

        var page = await client.SubmitAsync($"/questions/{question}", "thread", Act(act));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find("[data-testid=question]"));
        client.Dispose();
    }
}
