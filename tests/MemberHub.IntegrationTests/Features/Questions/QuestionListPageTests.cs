using MemberHub.IntegrationTests.Features.Community;
using MemberHub.Web.Features.Questions.Board;

namespace MemberHub.IntegrationTests.Features.Questions;

/// <summary>The list is a static page: what it shows is in its URL, which its GET forms and links write.</summary>
public class QuestionListPageTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task Filters_in_the_url_choose_the_rows_and_show_as_the_selected_options()
    {
        var slug = "pricing-" + Guid.NewGuid().ToString("N")[..6];
        var tag = await factory.TagAsync(slug);
        var asker = await factory.MemberAsync();
        var tagged = await factory.AskAsync(asker.Id, Board.Input("Tagged advanced question", stage: QuestionStage.Advanced, tags: tag));
        var other = await factory.AskAsync(asker.Id, Board.Input("Untagged beginner question"));
        using var client = factory.CreateTestClient();
        await client.LogInAsync(asker.Email!, MemberHubFactory.Password);

        var page = await client.GetAsync($"/questions?tag={slug}&stage=advanced&mine=true");
        var rows = page.Document.QuerySelectorAll("[data-testid=question-item]").Select(r => int.Parse(r.GetAttribute("data-question")!)).ToList();

        Assert.Contains(tagged, rows);
        Assert.DoesNotContain(other, rows);
        Assert.Equal(slug, page.Find("#filter-tag option[selected]")!.GetAttribute("value"));
        Assert.Equal("advanced", page.Find("#filter-stage option[selected]")!.GetAttribute("value"));
        Assert.True(page.Find("#filter-mine")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Values_that_mean_nothing_show_the_whole_list_instead_of_an_error()
    {
        var asker = await factory.MemberAsync();
        var id = await factory.AskAsync(asker.Id, Board.Input("A question everyone can list"));
        using var client = factory.CreateTestClient();
        await client.LogInAsync(asker.Email!, MemberHubFactory.Password);

        var page = await client.GetAsync("/questions?stage=expert-ish&state=&sort=sideways&page=-3&mine=maybe");

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Contains(id, page.Document.QuerySelectorAll("[data-testid=question-item]").Select(r => int.Parse(r.GetAttribute("data-question")!)));
    }
}
