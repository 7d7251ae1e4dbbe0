using MemberHub.IntegrationTests.Features.Community;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Questions;

/// <summary>Full-text search: ranked, one hit per question, snippets encoded with only &lt;mark&gt; added.</summary>
public class BoardSearchTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_title_match_ranks_above_a_body_match()
    {
        var asker = await factory.MemberAsync();
        var inBody = await factory.AskAsync(asker.Id, Board.Input("Keeping members around", "We tried a zebracorn discount once."));
        var inTitle = await factory.AskAsync(asker.Id, Board.Input("Zebracorn pricing for small circles", "Any advice?"));

        var hits = await factory.Search().SearchAsync("zebracorn", 10);

        Assert.Equal([inTitle, inBody], hits.Select(h => h.QuestionId));
        Assert.Contains("<mark>Zebracorn</mark>", hits[0].TitleHtml);
    }

    [Fact]
    public async Task A_word_in_more_posts_than_are_worth_ranking_lists_the_newest_first()
    {
        var asker = await factory.MemberAsync();
        var inTitle = await factory.AskAsync(asker.Id, Board.Input("Wombatix pricing for small circles", "Any advice?"));
        var older = await factory.AskAsync(asker.Id, Board.Input("Keeping members around", "We tried a wombatix discount once."));
        var newest = await factory.AskAsync(asker.Id, Board.Input("Another thread", "Wombatix again, in passing."));
        // With two matches counted as "common", ranking gives way to recency; the app's threshold is thousands.
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<Web.Data.AppDbContext>>();
        Web.Features.Questions.Search.IQuestionSearch search = MemberHub.Testing.AppFactory.OnPostgres
            ? new Web.Features.Questions.Search.PostgresQuestionSearch(contexts, commonMatches: 2)
            : new Web.Features.Questions.Search.SqliteQuestionSearch(contexts, commonMatches: 2);

        var hits = await search.SearchAsync("wombatix", 10);

        Assert.Equal([newest, older, inTitle], hits.Select(h => h.QuestionId));
        Assert.Equal(inTitle, (await factory.Search().SearchAsync("wombatix", 10))[0].QuestionId); // below the threshold: ranked
    }

    [Fact]
    public async Task Snippets_are_encoded_so_markup_typed_by_members_stays_text()
    {
        var asker = await factory.MemberAsync();
        var id = await factory.AskAsync(asker.Id, Board.Input("Escaping question", "Try `<script>alert('quokkaz')</script>` and <b>bold</b> quokkaz"));

        var hit = Assert.Single(await factory.Search().SearchAsync("quokkaz", 10));

        Assert.Equal(id, hit.QuestionId);
        Assert.DoesNotContain("<script", hit.SnippetHtml);
        Assert.DoesNotContain("<b>", hit.SnippetHtml);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml);
        Assert.Contains("<mark>quokkaz</mark>", hit.SnippetHtml);
    }

    [Fact]
    public async Task Answers_and_summaries_are_found_and_lead_to_their_question()
    {
        var asker = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var id = await factory.AskAsync(asker.Id, Board.Input("A plain question about renewals"));
        await factory.AnswerAsync(expert.Id, id, "Send a reminder about the flamingolia perk a week before renewal.");
        Assert.True((await factory.Answers().SummarizeAsync(expert.Id, id, "Summary: the pelicanor approach works.")).Succeeded);

        var inAnswer = Assert.Single(await factory.Search().SearchAsync("flamingolia", 10));
        var inSummary = Assert.Single(await factory.Search().SearchAsync("pelicanor", 10));

        Assert.Equal((id, "answer"), (inAnswer.QuestionId, inAnswer.Kind));
        Assert.Equal((id, "summary"), (inSummary.QuestionId, inSummary.Kind));
    }

    [Fact]
    public async Task Chinese_text_is_searchable_and_similar_titles_are_suggested()
    {
        var asker = await factory.MemberAsync();
        var id = await factory.AskAsync(asker.Id, Board.Input("怎么让潜水的成员开口说话", "七成成员从不发言"));

        var chinese = await factory.Search().SearchAsync("潜水的成员", 10);
        var similar = await factory.Search().SimilarAsync("成员开口太少怎么办", 5);
        var operators = await factory.Search().SearchAsync("\"unbalanced AND OR ( NEAR", 10);

        Assert.Contains(chinese, h => h.QuestionId == id);
        Assert.Contains(similar, h => h.QuestionId == id);
        Assert.NotNull(operators);
    }
}
