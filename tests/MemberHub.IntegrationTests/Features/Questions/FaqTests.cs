using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Infrastructure;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Questions.Faq;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Questions;

/// <summary>The FAQ (精华): a thread's final answer promoted by an expert, searched, shown first to someone asking, curated.</summary>
public class FaqTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private FaqService Faq => factory.Services.GetRequiredService<FaqService>();
    private FaqReader Reader => factory.Services.GetRequiredService<FaqReader>();

    private static string Word() => "w" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A resolved thread with an expert's summary: (question, summary, answer that was not accepted, expert).</summary>
    private async Task<(int Question, int Summary, int OtherAnswer, string Expert)> SummarisedAsync(string title, string summary, params int[] tags)
    {
        var asker = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var question = await factory.AskAsync(asker.Id, Board.Input(title, "Some details about it.", tags: tags));
        var other = await factory.AnswerAsync(expert.Id, question, "A first thought.");
        var summarised = await factory.Answers().SummarizeAsync(expert.Id, question, summary);
        Assert.True(summarised.Succeeded, summarised.Error);
        return (question, summarised.Value, other, expert.Id);
    }

    private Task ChangeRoleAsync(string userId, bool grant) => factory.WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByIdAsync(userId))!;
        return grant ? await users.AddToRoleAsync(user, AppRoles.Expert) : await users.RemoveFromRoleAsync(user, AppRoles.Expert);
    });

    [Fact]
    public async Task An_expert_promotes_a_summary_and_members_read_it_under_its_tag_linking_to_the_thread()
    {
        var tag = await factory.TagAsync();
        var word = Word();
        var (question, summary, _, expert) = await SummarisedAsync($"How do I {word} my yearly plan?", "**Ten months' price** for a year.", tag);

        var promoted = await Faq.PromoteAsync(expert, summary);

        Assert.True(promoted.Succeeded, promoted.Error);
        var member = await factory.MemberAsync();
        var groups = await Reader.GroupsAsync(member.Id);
        var group = Assert.Single(groups!, g => g.Entries.Any(e => e.Id == promoted.Value));
        Assert.Equal(tag, group.Tag!.Id);
        var entry = Assert.Single(group.Entries);
        Assert.Equal(question, entry.QuestionId);
        Assert.Equal($"How do I {word} my yearly plan?", entry.Title);
        Assert.Contains("<strong>Ten months' price</strong>", entry.AnswerHtml);
        var thread = await factory.Reader().ThreadAsync(member.Id, question);
        Assert.Equal(new FaqMark(promoted.Value, summary), thread!.Faq);
    }

    [Fact]
    public async Task Only_an_expert_promotes_only_a_final_answer_and_a_thread_only_once()
    {
        var (question, summary, other, expert) = await SummarisedAsync($"Which {Word()} first?", "Start with the basics.");
        var member = await factory.MemberAsync();

        var byMember = await Faq.PromoteAsync(member.Id, summary);
        var notFinal = await Faq.PromoteAsync(expert, other);
        var first = await Faq.PromoteAsync(expert, summary);
        var again = await Faq.PromoteAsync(expert, summary);

        Assert.Equal("Only resident experts can do that.", byMember.Error);
        Assert.Equal("Only the summary or the accepted answer can go to the FAQ.", notFinal.Error);
        Assert.True(first.Succeeded, first.Error);
        Assert.Equal("This thread is already in the FAQ.", again.Error);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<FaqEntry>().CountAsync(e => e.QuestionId == question)));
    }

    [Fact]
    public async Task An_accepted_answer_can_be_promoted_once_it_is_accepted()
    {
        var asker = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var question = await factory.AskAsync(asker.Id, Board.Input($"Where do {Word()} go?"));
        var answer = await factory.AnswerAsync(expert.Id, question, "They go to the archive.");

        var beforeAccepting = await Faq.PromoteAsync(expert.Id, answer);
        Assert.True((await factory.Answers().AcceptAsync(asker.Id, answer)).Succeeded);
        var afterAccepting = await Faq.PromoteAsync(expert.Id, answer);

        Assert.False(beforeAccepting.Succeeded);
        Assert.True(afterAccepting.Succeeded, afterAccepting.Error);
    }

    [Fact]
    public async Task A_hidden_thread_leaves_the_faq_and_comes_back_when_restored()
    {
        var (question, summary, _, expert) = await SummarisedAsync($"Hidden {Word()} later?", "Yes.");
        var entry = (await Faq.PromoteAsync(expert, summary)).Value;
        var member = await factory.MemberAsync();
        var moderator = await factory.ModeratorAsync();
        Assert.Contains(await Reader.EntriesAsync(member.Id) ?? [], e => e.Id == entry);

        Assert.True((await factory.Services.GetRequiredService<ModerationService>().HideAsync(moderator.Id, PostKinds.Question, question, "Off topic")).Succeeded);
        Assert.DoesNotContain(await Reader.EntriesAsync(member.Id) ?? [], e => e.Id == entry);

        Assert.True((await factory.Services.GetRequiredService<ModerationService>().RestoreAsync(moderator.Id, PostKinds.Question, question, "Mistake")).Succeeded);
        Assert.Contains(await Reader.EntriesAsync(member.Id) ?? [], e => e.Id == entry);
    }

    [Fact]
    public async Task Searching_the_faq_needs_every_word_and_puts_title_matches_first()
    {
        var word = Word();
        var (_, inAnswer, _, expert) = await SummarisedAsync($"Renewal reminders {Word()}", $"Send them before the {word} ends.");
        var (_, inTitle, _, _) = await SummarisedAsync($"When does a {word} end?", "After a year.");
        var (_, otherWordOnly, _, _) = await SummarisedAsync($"Another {word} question", "Nothing about the other word.");
        var answerEntry = (await Faq.PromoteAsync(expert, inAnswer)).Value;
        var titleEntry = (await Faq.PromoteAsync(expert, inTitle)).Value;
        Assert.True((await Faq.PromoteAsync(expert, otherWordOnly)).Succeeded);
        var member = await factory.MemberAsync();

        var found = await Reader.SearchAsync(member.Id, $"{word} ends", 10);

        Assert.Equal([titleEntry, answerEntry], found!.Select(e => e.Id));
    }

    [Fact]
    public async Task Someone_typing_a_question_the_faq_answers_is_shown_the_entry()
    {
        var word = Word();
        var (_, summary, _, expert) = await SummarisedAsync($"How should I price {word} passes?", "Price the year at ten months.");
        var entry = (await Faq.PromoteAsync(expert, summary)).Value;
        var member = await factory.MemberAsync();

        var matches = await Reader.MatchingAsync(member.Id, $"Pricing for {word}", 3);
        var none = await Reader.MatchingAsync(member.Id, "Something else entirely", 3);

        Assert.Equal(entry, Assert.Single(matches).Id);
        Assert.DoesNotContain(none, e => e.Id == entry);
    }

    [Fact]
    public async Task Chinese_entries_are_found_by_their_characters()
    {
        var (_, summary, _, expert) = await SummarisedAsync($"年费会员怎么续费 {Word()}", "提前两周提醒会员续费。");
        var entry = (await Faq.PromoteAsync(expert, summary)).Value;
        var member = await factory.MemberAsync();

        Assert.Contains(await Reader.SearchAsync(member.Id, "续费", 10) ?? [], e => e.Id == entry);
        Assert.Contains(await Reader.MatchingAsync(member.Id, "会员续费有折扣吗", 5), e => e.Id == entry);
    }

    [Fact]
    public async Task Curators_reword_and_reorder_entries_members_cannot_and_the_earlier_wording_is_kept()
    {
        var tag = await factory.TagAsync();
        var (_, first, _, expert) = await SummarisedAsync($"First {Word()}", "One.", tag);
        var (_, second, _, _) = await SummarisedAsync($"Second {Word()}", "Two.", tag);
        var firstEntry = (await Faq.PromoteAsync(expert, first)).Value;
        var secondEntry = (await Faq.PromoteAsync(expert, second)).Value;
        var member = await factory.MemberAsync();

        var refusedEdit = await Faq.EditAsync(member.Id, firstEntry, new FaqInput { Title = "Mine now", Answer = "Spam" });
        var refusedMove = await Faq.MoveAsync(member.Id, secondEntry, up: true);
        var emptyTitle = await Faq.EditAsync(expert, firstEntry, new FaqInput { Title = " ", Answer = "One, better." });
        Assert.True((await Faq.EditAsync(expert, firstEntry, new FaqInput { Title = "First, reworded", Answer = "One, *better*." })).Succeeded);
        Assert.True((await Faq.MoveAsync(expert, secondEntry, up: true)).Succeeded);

        Assert.Equal("Only resident experts can do that.", refusedEdit.Error);
        Assert.False(refusedMove.Succeeded);
        Assert.Equal("Title", emptyTitle.Field);
        var group = (await Reader.GroupsAsync(member.Id))!.Single(g => g.Tag?.Id == tag);
        Assert.Equal([secondEntry, firstEntry], group.Entries.Select(e => e.Id));
        Assert.Equal("First, reworded", group.Entries[1].Title);
        Assert.Contains("<em>better</em>", group.Entries[1].AnswerHtml);
        var history = await factory.QueryAsync(db => db.Set<PostEdit>().SingleAsync(e => e.PostKind == FaqService.EditKind && e.PostId == firstEntry));
        Assert.Equal("One.", history.PreviousBody);
    }

    [Fact]
    public async Task The_faq_page_is_for_members_and_its_buttons_are_for_curators_only_while_they_are_curators()
    {
        var word = Word();
        var (_, summary, _, _) = await SummarisedAsync($"Page {word} question", $"The {word} answer text.");
        // A paying member who is also a resident expert: losing the role leaves the membership, and the power goes at once.
        var expertId = (await factory.MemberAsync()).Id;
        await ChangeRoleAsync(expertId, grant: true);
        var entry = (await Faq.PromoteAsync(expertId, summary)).Value;
        using var visitor = factory.CreateTestClient();
        var member = await factory.MemberAsync();
        using var memberClient = factory.CreateTestClient();
        await memberClient.LogInAsync(member.Email!, MemberHubFactory.Password);
        var expert = await factory.QueryAsync(db => db.Users.SingleAsync(u => u.Id == expertId));
        using var expertClient = factory.CreateTestClient();
        await expertClient.LogInAsync(expert.Email!, MemberHubFactory.Password);

        var visitorPage = await visitor.GetAsync("/faq");
        var memberPage = await memberClient.GetAsync($"/faq?q={word}");
        var expertPage = await expertClient.GetAsync($"/faq?q={word}");
        await ChangeRoleAsync(expertId, grant: false);
        var afterDemotion = await expertPage.SubmitAsync(expertClient, "faq", new Dictionary<string, string> { ["Input.Act"] = $"remove:faq:{entry}" });

        Assert.DoesNotContain(word, visitorPage.Html);
        Assert.NotNull(visitorPage.Find("[data-testid=access-refusal]"));
        Assert.Contains($"The {word} answer text.", memberPage.Find($"#faq-{entry}")!.TextContent);
        Assert.Null(memberPage.Find("[data-testid=faq-remove]"));
        Assert.NotNull(expertPage.Find("[data-testid=faq-remove]"));
        Assert.Equal("Only resident experts can do that.", afterDemotion.Find("[data-testid=flash]")!.TextContent.Trim());
        Assert.Null(afterDemotion.Find("[data-testid=faq-remove]"));
        Assert.True(await factory.QueryAsync(db => db.Set<FaqEntry>().AnyAsync(e => e.Id == entry)));
    }

    [Fact]
    public async Task An_expert_adds_a_summary_to_the_faq_from_the_thread_page_and_members_see_the_badge()
    {
        var (question, summary, _, expertId) = await SummarisedAsync($"Thread page {Word()}", "Summed up.");
        var expert = await factory.QueryAsync(db => db.Users.SingleAsync(u => u.Id == expertId));
        using var expertClient = factory.CreateTestClient();
        await expertClient.LogInAsync(expert.Email!, MemberHubFactory.Password);

        var before = await expertClient.GetAsync($"/questions/{question}");
        var after = await expertClient.SubmitAsync($"/questions/{question}", "thread", new Dictionary<string, string> { ["Input.Act"] = $"faq:answer:{summary}" });

        Assert.NotNull(before.Find("[data-testid=summary] [data-testid=promote-faq]"));
        Assert.Equal("Added to the FAQ.", after.Find("[data-testid=flash]")!.TextContent.Trim());
        Assert.Null(after.Find("[data-testid=promote-faq]"));
        var entry = await factory.QueryAsync(db => db.Set<FaqEntry>().SingleAsync(e => e.QuestionId == question));
        var member = await factory.MemberAsync();
        using var memberClient = factory.CreateTestClient();
        await memberClient.LogInAsync(member.Email!, MemberHubFactory.Password);
        var seen = await memberClient.GetAsync($"/questions/{question}");
        Assert.Equal($"/faq#faq-{entry.Id}", seen.Find("[data-testid=summary] [data-testid=in-faq]")!.GetAttribute("href"));
        Assert.Null(seen.Find("[data-testid=promote-faq]"));
    }

    [Fact]
    public async Task The_boards_search_shows_matching_faq_entries_first_to_members_only()
    {
        var word = Word();
        var (_, summary, _, expert) = await SummarisedAsync($"Board search {word}", "The settled answer.");
        var entry = (await Faq.PromoteAsync(expert, summary)).Value;
        var member = await factory.MemberAsync();
        using var memberClient = factory.CreateTestClient();
        await memberClient.LogInAsync(member.Email!, MemberHubFactory.Password);
        using var visitor = factory.CreateTestClient();

        var memberResults = await memberClient.GetAsync($"/questions?q={word}");
        var visitorResults = await visitor.GetAsync($"/questions?q={word}");

        Assert.Equal($"/faq#faq-{entry}", memberResults.Find("[data-testid=faq-hits] [data-testid=faq-hit]")!.GetAttribute("href"));
        Assert.Null(visitorResults.Find("[data-testid=faq-hits]"));
        Assert.NotNull(visitorResults.Find("[data-testid=search-hit]"));
    }
}

