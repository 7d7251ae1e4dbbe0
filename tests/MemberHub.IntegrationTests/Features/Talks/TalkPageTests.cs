using System.Net;
using System.Text.RegularExpressions;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Infrastructure;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Features.Talks.Schedule;
using MemberHub.Web.Features.Talks.SpeakerQuestions;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.IntegrationTests.Features.Talks;

/// <summary>The talk page is read statically; its buttons post the page's one action form and are answered with the page.</summary>
public class TalkPageTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const string InteractiveMarker = "\"type\":\"server\"";

    private static Dictionary<string, string> Act(string act, params (string Name, string Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Name, f => f.Value);
        values["Input.Act"] = act;
        return values;
    }

    private async Task<(TestClient Client, string Member)> SignedInMemberAsync()
    {
        var member = await factory.MemberAsync();
        var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);
        return (client, member.Id);
    }

    [Fact]
    public async Task A_members_talk_page_is_static_with_one_island_for_the_countdown_and_a_visitor_gets_none()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(2));
        var (client, _) = await SignedInMemberAsync();
        using var visitor = factory.CreateTestClient();

        var page = await client.GetAsync($"/talks/{talk}");
        var visitorPage = await visitor.GetAsync($"/talks/{talk}");

        Assert.Equal("static", page.Find(".mud-appbar")!.GetAttribute("data-render"));
        Assert.Single(Regex.Matches(page.Html, Regex.Escape(InteractiveMarker)));
        Assert.Equal("Starts in 2 d 0 h", page.Find("[data-testid=countdown]")!.TextContent);
        Assert.DoesNotContain(InteractiveMarker, visitorPage.Html);
        Assert.Equal("Starts in 2 d 0 h", visitorPage.Find("[data-testid=countdown]")!.TextContent);
        Assert.Null(visitorPage.Find("#talk-actions"));
        client.Dispose();
    }

    [Fact]
    public async Task An_rsvp_is_a_form_post_answered_with_the_page_showing_the_seat()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(2));
        var (client, member) = await SignedInMemberAsync();

        var seated = await client.SubmitAsync($"/talks/{talk}", "talk", Act("rsvp"));

        Assert.Equal(HttpStatusCode.OK, seated.Status);
        Assert.Equal("seated", seated.Find("[data-testid=rsvp-status]")!.GetAttribute("data-status"));
        Assert.NotNull(seated.Find("#cancel-rsvp"));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<TalkRsvp>().CountAsync(r => r.TalkId == talk && r.UserId == member)));
        client.Dispose();
    }

    [Fact]
    public async Task A_refused_question_for_the_speaker_says_why_and_keeps_the_text()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(2));
        var (client, _) = await SignedInMemberAsync();
        var tooLong = new string('q', SpeakerQuestion.TextMaxLength + 1);

        var refused = await client.SubmitAsync($"/talks/{talk}", "talk", Act("ask", ("Input.Question", tooLong)));
        var asked = await refused.SubmitAsync(client, "talk", Act("ask", ("Input.Question", "How did you pick the first-year discount?")));

        Assert.NotNull(refused.Find("[data-testid=speaker-question-error]"));
        Assert.Equal(tooLong, refused.Find("#speaker-question")!.GetAttribute("value"));
        Assert.Contains("How did you pick the first-year discount?", asked.Find("[data-testid=speaker-question]")!.TextContent);
        Assert.Null(asked.Find("#speaker-question")!.GetAttribute("value"));
        client.Dispose();
    }

    [Fact]
    public async Task A_member_posting_the_hosts_publish_act_by_hand_is_refused_and_nothing_is_published()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(2));
        var (client, _) = await SignedInMemberAsync();

        var refused = await client.SubmitAsync($"/talks/{talk}", "talk",
            Act("publish", ("Input.ReplayUrl", "https://video.example/stolen"), ("Input.Notes", "Not mine to write")));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.NotNull(refused.Find("[data-testid=flash]"));
        Assert.Null(refused.Find("[data-testid=host-panel]"));
        Assert.Null((await factory.QueryAsync(db => db.Set<Talk>().SingleAsync(t => t.Id == talk))).ReplayUrl);
        client.Dispose();
    }

    [Fact]
    public async Task The_host_publishes_the_replay_and_notes_from_the_page()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(2));
        using var owner = factory.CreateTestClient();
        await owner.LogInAsync(MemberHubFactory.OwnerEmail, MemberHubFactory.OwnerPassword);

        var published = await owner.SubmitAsync($"/talks/{talk}", "talk",
            Act("publish", ("Input.ReplayUrl", "https://video.example/replay-1"), ("Input.Notes", "**Slides** are in the notes.")));

        Assert.NotNull(published.Find("#replay"));
        Assert.Contains("<strong>Slides</strong>", published.Find(".talk-notes")!.InnerHtml);
    }

    [Fact]
    public async Task A_popular_talk_lists_the_fifty_most_wanted_questions_and_links_to_all_of_them()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(2));
        var (client, member) = await SignedInMemberAsync();
        await factory.QueryAsync(async db =>
        {
            db.AddRange(Enumerable.Range(1, 55).Select(i => new SpeakerQuestion
            {
                TalkId = talk, AuthorId = member, Text = $"Question number {i}", Votes = i, CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime,
            }));
            return await db.SaveChangesAsync();
        });

        var page = await client.GetAsync($"/talks/{talk}");
        var all = await client.GetAsync(page.Find("[data-testid=all-speaker-questions]")!.GetAttribute("href")!);

        var shown = page.Document.QuerySelectorAll("[data-testid=speaker-question]");
        Assert.Equal(50, shown.Length);
        Assert.Contains("Question number 55", shown[0].TextContent);
        Assert.Equal(55, all.Document.QuerySelectorAll("[data-testid=speaker-question]").Length);
        Assert.Null(all.Find("[data-testid=all-speaker-questions]"));
        client.Dispose();
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("vote:speaker-question:999999")]
    [InlineData("hide:speaker-question:1")]
    [InlineData("cancel-talk")]
    public async Task A_hand_made_act_gets_the_page_with_a_reason_never_an_error(string act)
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(2));
        var (client, _) = await SignedInMemberAsync();

        var page = await client.SubmitAsync($"/talks/{talk}", "talk", Act(act));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find("[data-testid=flash]"));
        Assert.Null((await factory.QueryAsync(db => db.Set<Talk>().SingleAsync(t => t.Id == talk))).CanceledAtUtc);
        client.Dispose();
    }
}
