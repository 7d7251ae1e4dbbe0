using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Content;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.IntegrationTests.Infrastructure;

namespace MemberHub.IntegrationTests.Features.Security;

/// <summary>Titles give away what members-only or higher-tier places hold: they are shown only to who may open them.</summary>
public class TitleLeakTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    [Fact]
    public async Task Ask_page_does_not_name_a_higher_tier_lesson()
    {
        var track = await factory.LockedTrackAsync();
        var member = await factory.MemberAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        var open = await client.GetAsync($"/questions/ask?lesson={track.Open.Id}");
        var locked = await client.GetAsync($"/questions/ask?lesson={track.NeedsHighTier.Id}");

        Assert.Contains(track.Open.TitleEn, open.Text);
        Assert.DoesNotContain(track.NeedsHighTier.TitleEn, locked.Text);
    }

    [Fact]
    public async Task Thread_does_not_name_a_lesson_the_reader_cannot_open()
    {
        var track = await factory.LockedTrackAsync();
        var owner = await factory.OwnerAsync();
        var member = await factory.MemberAsync();
        var input = Board.Input(title: "About the advanced lesson");
        input.LessonId = track.NeedsHighTier.Id;
        var questionId = await factory.AskAsync(owner.Id, input);
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        var thread = await client.GetAsync($"/questions/{questionId}");

        Assert.Contains("About the advanced lesson", thread.Text);
        Assert.DoesNotContain(track.NeedsHighTier.TitleEn, thread.Text);
    }

    [Fact]
    public async Task Visitor_search_does_not_list_questions_that_match_only_in_an_answer()
    {
        var member = await factory.MemberAsync();
        var word = "zq" + Guid.NewGuid().ToString("N")[..8];
        var inTitle = await factory.AskAsync(member.Id, Board.Input(title: $"Pricing with {word} in the title", body: "Plain body text here."));
        var inAnswerOnly = await factory.AskAsync(member.Id, Board.Input(title: "A question about something else", body: "Nothing to see."));
        await factory.AnswerAsync((await factory.OwnerAsync()).Id, inAnswerOnly, $"The answer mentions {word} only here.");
        using var visitor = factory.CreateTestClient();
        using var reader = factory.CreateTestClient();
        await reader.LogInAsync(member.Email!, MemberHubFactory.Password);

        var visitorHits = await visitor.GetAsync($"/questions?q={word}");
        var memberHits = await reader.GetAsync($"/questions?q={word}");

        Assert.Contains($"/questions/{inTitle}", visitorHits.Html);
        Assert.DoesNotContain($"/questions/{inAnswerOnly}\"", visitorHits.Html);
        Assert.DoesNotContain("A question about something else", visitorHits.Text);
        Assert.Contains("A question about something else", memberHits.Text);
    }
}
