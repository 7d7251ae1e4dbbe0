using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;

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

    [Fact]
    public async Task A_deep_page_of_a_tag_starts_where_its_offset_says_and_moves_when_a_question_arrives()
    {
        var tag = await factory.TagAsync();
        var asker = await factory.MemberAsync();
        // Past the offset where pages start from a remembered question instead of skipping (TagPageStarts.DeepOffset).
        var count = TagPageStarts.DeepOffset + 2 * QuestionReader.PageSize;
        var first = await factory.QueryAsync(async db =>
        {
            var questions = Enumerable.Range(0, count).Select(i => new Question
            {
                AuthorId = asker.Id, Title = $"Deep question {i}", BodyMarkdown = "Body", BodyHtml = "<p>Body</p>", CreatedAtUtc = DateTime.UtcNow.AddMinutes(i),
                LastActivityAtUtc = DateTime.UtcNow, Tags = [new QuestionTagLink { TagId = tag }],
            }).ToList();
            db.AddRange(questions);
            await db.SaveChangesAsync();
            return questions[0].Id;
        });
        var deepPage = TagPageStarts.DeepOffset / QuestionReader.PageSize;
        var slug = (await factory.Tags().ListAsync()).Single(t => t.Id == tag).Slug;

        var before = await factory.Reader().ListAsync(asker.Id, new QuestionFilter(slug, Page: deepPage));
        var again = await factory.Reader().ListAsync(asker.Id, new QuestionFilter(slug, Page: deepPage));
        await factory.AskAsync(asker.Id, Board.Input("The newest question", tags: tag));
        var after = await factory.Reader().ListAsync(asker.Id, new QuestionFilter(slug, Page: deepPage));

        // Newest first: the page at offset 1 000 begins with the question 1 000 places below the newest.
        var expected = Enumerable.Range(0, QuestionReader.PageSize).Select(i => first + count - 1 - TagPageStarts.DeepOffset - i).ToList();
        Assert.Equal(expected, before.Items.Select(i => i.Id));
        Assert.Equal(expected, again.Items.Select(i => i.Id));
        Assert.Equal(expected.Select(id => id + 1), after.Items.Select(i => i.Id));
        Assert.True(before.HasMore);
    }
}
