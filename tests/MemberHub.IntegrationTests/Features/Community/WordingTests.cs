using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.IntegrationTests.Features.Talks;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Community;

/// <summary>What a person reads says the right thing, once, in their language.</summary>
public class WordingTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_chinese_reporter_reads_the_outcome_of_a_report_in_chinese()
    {
        var author = await factory.MemberAsync();
        var reply = await factory.Introductions().ReplyAsync(author.Id, await factory.IntroductionOfAsync(author.Id), "Buy my course at a discount");
        var reporterMember = await factory.MemberAsync();
        Assert.True((await factory.Services.GetRequiredService<ReportService>().ReportAsync(reporterMember.Id, "introduction-reply", reply.Value, ReportReason.Advertising, null)).Succeeded);
        await factory.QueryAsync(async db =>
        {
            var user = await db.Users.FindAsync(reporterMember.Id);
            user!.Language = "zh-Hans";
            return await db.SaveChangesAsync();
        });
        var moderator = await factory.ModeratorAsync();

        Assert.True((await factory.Services.GetRequiredService<ModerationService>().HideAsync(moderator.Id, "introduction-reply", reply.Value, "Advertising")).Succeeded);
        using var client = factory.CreateTestClient();
        await client.LogInAsync(reporterMember.Email!, MemberHubFactory.Password);
        var page = await client.GetAsync("/notifications", "zh-CN");

        Assert.Contains("你的举报已处理：管理员已处理", page.Text);
        Assert.DoesNotContain("acted on it", page.Text);
    }

    [Fact]
    public async Task Notification_titles_carry_no_markdown()
    {
        var asker = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var question = await factory.AskAsync(asker.Id);

        await factory.AnswerAsync(expert.Id, question, "**Summary:** price the *year* at ten months.");

        var notice = (await factory.NotificationsOfAsync(asker.Id)).Single(n => n.Kind == NotificationKinds.QuestionAnswered);
        Assert.Equal("Summary: price the year at ten months.", notice.Subject);
    }

    [Fact]
    public async Task The_reconnect_dialog_speaks_chinese_on_a_chinese_page()
    {
        using var client = factory.CreateTestClient();

        var page = await client.GetAsync("/", "zh-CN");

        Assert.Contains("正在重新连接服务器", page.Html);
        Assert.DoesNotContain("Rejoining the server", page.Html);
        Assert.Contains("重新连接失败，", page.Html);
        Assert.NotNull(page.Find("#components-seconds-to-next-attempt"));
    }

    [Fact]
    public async Task The_higher_tier_chip_shows_only_on_talks_with_a_tier_limit()
    {
        var open = await factory.TalkAsync(TimeSpan.FromDays(4));
        var tiered = await factory.TalkAsync(TimeSpan.FromDays(5), minimumRank: 999);
        using var visitor = factory.CreateTestClient();

        var list = await visitor.GetAsync("/talks");

        string RowOf(int id) => list.Document.QuerySelector($"[data-testid=talk-item][data-talk='{id}']")!.TextContent;
        Assert.DoesNotContain("Higher tier", RowOf(open));
        Assert.Contains("Higher tier", RowOf(tiered));
    }

    [Fact]
    public async Task The_expert_queue_keeps_a_space_between_its_two_sentences()
    {
        var expert = await factory.ExpertAsync();
        await factory.AnswerAsync(expert.Id, await factory.AskAsync((await factory.MemberAsync()).Id));
        using var client = factory.CreateTestClient();
        await client.LogInAsync(expert.Email!, MemberHubFactory.Password);

        var page = await client.GetAsync("/experts/queue", "en-US");

        Assert.Contains("two hours. Median time to first expert answer", page.Text);
    }

    [Fact]
    public async Task A_new_tier_is_priced_in_the_currency_the_community_uses()
    {
        await factory.CreateTierAsync("Yuan one", currency: "cny");
        await factory.CreateTierAsync("Yuan two", currency: "cny");

        var input = await factory.Services.GetRequiredService<TierService>().NewInputAsync();

        Assert.Equal("cny", input.Currency);
    }
}
