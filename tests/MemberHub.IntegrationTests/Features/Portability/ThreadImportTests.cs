using System.Text;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Portability.MovingIn.Threads;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Questions.Search;
using MemberHub.Web.Features.Questions.Tags;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Portability;

/// <summary>Q&amp;A threads moving in from Discourse or a thread file: authors by e-mail, dates and accepted answers kept, once.</summary>
public class ThreadImportTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private ThreadImport Import => factory.Services.GetRequiredService<ThreadImport>();

    private static byte[] Discourse(int topic, string asker, string expert, string member, string tag) => Encoding.UTF8.GetBytes($$"""
        {
          "users": [ { "id": 1, "username": "asker", "email": "{{asker}}" }, { "id": 2, "username": "expert", "email": "{{expert}}" } ],
          "topics": [ {
            "id": {{topic}}, "title": "怎么给年费定价？ {{topic}}", "created_at": "2025-03-01T09:00:00.000Z", "tags": ["{{tag}}", "not-here-{{topic}}"],
            "accepted_answer": { "post_number": 2 },
            "post_stream": { "posts": [
              { "post_number": 1, "user_id": 1, "created_at": "2025-03-01T09:00:00.000Z", "raw": "月度会员第三个月流失 quokka{{topic}}。" },
              { "post_number": 2, "username": "expert", "created_at": "2025-03-01T11:30:00.000Z", "raw": "按**十个月**定价。" },
              { "post_number": 3, "email": "{{member}}", "created_at": "2025-03-02T08:00:00.000Z", "raw": "我们也是这样做的。" }
            ] }
          } ]
        }
        """);

    [Fact]
    public async Task A_discourse_topic_becomes_a_resolved_question_with_its_authors_dates_accepted_answer_and_tag_and_importing_it_again_adds_nothing()
    {
        var owner = (await factory.OwnerAsync()).Id;
        var (asker, expert, member) = (await factory.MemberAsync(), await factory.ExpertAsync(), await factory.MemberAsync());
        var tag = await factory.TagAsync();
        var slug = await factory.QueryAsync(db => db.Set<QuestionTag>().Where(t => t.Id == tag).Select(t => t.Slug).SingleAsync());
        var topic = Random.Shared.Next(1_000_000, 9_000_000);
        var file = Discourse(topic, asker.Email!.ToUpperInvariant(), expert.Email!, member.Email!, slug);
        var postsBefore = await factory.QueryAsync(db => db.Set<MemberProfile>().Where(p => p.UserId == expert.Id).Select(p => (int?)p.PostCount).SingleOrDefaultAsync()) ?? 0;

        var preview = await Import.PreviewAsync(owner, file, unknownAsMe: false);
        Assert.True(preview.Succeeded, preview.Error);
        Assert.Equal((ThreadFile.Discourse, 1, 2, 1, 0), (preview.Value!.Format, preview.Value.Threads, preview.Value.Answers, preview.Value.AcceptedAnswers, preview.Value.UnknownAuthorCount));

        var report = await Import.ImportAsync(owner, file, unknownAsMe: false);

        Assert.True(report.Succeeded, report.Error);
        Assert.Equal((1, 2, 1), (report.Value!.Questions, report.Value.Answers, report.Value.Resolved));
        Assert.Equal([$"not-here-{topic}"], report.Value.UnknownTags);
        var question = await factory.QueryAsync(db => db.Set<Question>().Include(q => q.Answers).Include(q => q.Tags)
            .SingleAsync(q => q.Title == $"怎么给年费定价？ {topic}"));
        Assert.Equal((asker.Id, new DateTime(2025, 3, 1, 9, 0, 0)), (question.AuthorId, question.CreatedAtUtc));
        var answers = question.Answers.OrderBy(a => a.CreatedAtUtc).ToList();
        Assert.Equal([(expert.Id, true), (member.Id, false)], answers.Select(a => (a.AuthorId, a.ByExpert)));
        Assert.Contains("<strong>十个月</strong>", answers[0].BodyHtml);
        Assert.Equal((QuestionState.Resolved, answers[0].Id), (question.State, question.AcceptedAnswerId));
        Assert.Equal((answers[0].CreatedAtUtc, answers[0].CreatedAtUtc), (question.FirstExpertAnswerAtUtc, question.ResolvedAtUtc));
        Assert.Equal(new DateTime(2025, 3, 2, 8, 0, 0), question.LastActivityAtUtc);
        Assert.Equal([tag], question.Tags.Select(t => t.TagId));
        Assert.Equal(postsBefore + 1, await factory.QueryAsync(db => db.Set<MemberProfile>().Where(p => p.UserId == expert.Id).Select(p => p.PostCount).SingleAsync()));
        // Found by search like any post on the board.
        var hits = await factory.Services.GetRequiredService<IQuestionSearch>().SearchAsync($"quokka{topic}", 5);
        Assert.Equal(question.Id, Assert.Single(hits).QuestionId);
        // Shown on the board to members.
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);
        var page = await client.GetAsync($"/questions/{question.Id}");
        Assert.Contains("我们也是这样做的。", page.Document.Body!.TextContent);

        var again = await Import.ImportAsync(owner, file, unknownAsMe: false);

        Assert.Equal(0, again.Value!.Questions);
        Assert.Equal(ThreadCheck.AlreadyImported, Assert.Single(again.Value.Skipped).Reason);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<Question>().CountAsync(q => q.Title == $"怎么给年费定价？ {topic}")));
    }

    [Fact]
    public async Task Posts_by_people_without_an_account_are_left_out_unless_the_owner_takes_them_under_their_name()
    {
        var owner = (await factory.OwnerAsync()).Id;
        var member = await factory.MemberAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = Encoding.UTF8.GetBytes(
            "thread,kind,title,body,author_email,created_at,accepted\n"
            + $"{tag}-1,question,From a stranger {tag},Body,stranger-{tag}@example.com,2025-01-01 10:00,\n"
            + $"{tag}-1,answer,,Answer by a member,{member.Email},2025-01-01 11:00,yes\n"
            + $"{tag}-2,question,From a member {tag},Body,{member.Email},2025-01-02 10:00,\n"
            + $"{tag}-2,answer,,Answer by a stranger,stranger-{tag}@example.com,2025-01-02 11:00,\n");

        var skipping = await Import.PreviewAsync(owner, csv, unknownAsMe: false);
        var keeping = await Import.PreviewAsync(owner, csv, unknownAsMe: true);

        Assert.Equal((1, 0, 1), (skipping.Value!.Threads, skipping.Value.Answers, skipping.Value.UnknownAuthorCount));
        Assert.Equal([$"stranger-{tag}@example.com"], skipping.Value.UnknownAuthors);
        Assert.Equal([("2", ThreadCheck.UnknownAuthor, 1), ("5", ThreadCheck.UnknownAuthor, 0)], skipping.Value.Skipped.Select(s => (s.Place, s.Reason, s.Answers)));
        Assert.Equal((2, 2, 1), (keeping.Value!.Threads, keeping.Value.Answers, keeping.Value.AcceptedAnswers));

        var report = await Import.ImportAsync(owner, csv, unknownAsMe: true);

        Assert.Equal((2, 2, 1), (report.Value!.Questions, report.Value.Answers, report.Value.Resolved));
        var stranger = await factory.QueryAsync(db => db.Set<Question>().SingleAsync(q => q.Title == $"From a stranger {tag}"));
        Assert.Equal(owner, stranger.AuthorId);
        // The community's zone is UTC here: a date without an offset is read as written.
        Assert.Equal(new DateTime(2025, 1, 1, 10, 0, 0), stranger.CreatedAtUtc);
    }

    [Fact]
    public async Task Bad_files_and_anyone_but_the_owner_are_refused_and_nothing_is_written()
    {
        var owner = (await factory.OwnerAsync()).Id;
        var member = await factory.MemberAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var good = Encoding.UTF8.GetBytes($"[{{\"title\": \"Refused {tag}\", \"body\": \"b\", \"author_email\": \"{member.Email}\", \"created_at\": \"2025-01-01T00:00:00Z\"}}]");

        var stranger = await Import.ImportAsync(member.Id, good, unknownAsMe: true);
        var broken = await Import.ImportAsync(owner, Encoding.UTF8.GetBytes("{\"threads\": [ {\"title\": \"x\""), unknownAsMe: false);
        var unknown = await Import.PreviewAsync(owner, Encoding.UTF8.GetBytes("Email,Name\na@example.com,A\n"), unknownAsMe: false);

        Assert.False(stranger.Succeeded);
        Assert.Contains("near line 1", broken.Error);
        Assert.Contains("missing: thread", unknown.Error);
        Assert.False(await factory.QueryAsync(db => db.Set<Question>().AnyAsync(q => q.Title == $"Refused {tag}")));
    }
}
