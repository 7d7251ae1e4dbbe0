using System.Net;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Community;

public class NotificationTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private NotificationCenter Center => factory.Services.GetRequiredService<NotificationCenter>();
    private NotificationMailer Mailer => factory.Services.GetRequiredService<NotificationMailer>();

    [Fact]
    public async Task The_bell_counts_unread_notifications_and_marking_read_clears_them()
    {
        var member = await factory.CreateUserAsync();
        await Center.NotifyAsync(NotificationKinds.Welcomed, member.Id, "/introductions/1", "Wendy");
        await Center.NotifyAsync(NotificationKinds.Warning, member.Id, "/notifications", subject: "Please stay on topic");
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        var home = await client.GetAsync("/");
        var list = await client.GetAsync("/notifications");

        Assert.Equal("2", home.Find("[data-testid=unread-count] .mud-badge")?.TextContent.Trim() ?? home.Find("[data-testid=unread-count]")!.TextContent.Trim());
        Assert.Contains("Wendy welcomed you to the community", list.Text);
        Assert.Contains("A moderator warned you: Please stay on topic", list.Text);
        var first = (await Center.ListAsync(member.Id))[0];
        await Center.MarkReadAsync(member.Id, first.Id);
        Assert.Equal(1, await Center.UnreadCountAsync(member.Id));
        var stranger = await factory.CreateUserAsync();
        await Center.MarkReadAsync(stranger.Id, (await Center.ListAsync(member.Id))[1].Id);
        Assert.Equal(1, await Center.UnreadCountAsync(member.Id));
        await Center.MarkReadAsync(member.Id);
        Assert.Equal(0, await Center.UnreadCountAsync(member.Id));
    }

    [Fact]
    public async Task The_unread_stream_sends_the_count_and_each_change_to_the_signed_in_member_only()
    {
        var member = await factory.CreateUserAsync();
        await Center.NotifyAsync(NotificationKinds.Welcomed, member.Id, "/introductions/1", "Wendy");
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);
        using var visitor = factory.CreateTestClient();

        using var refused = await visitor.Http.GetAsync(UnreadStream.Path);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await client.Http.GetAsync(UnreadStream.Path, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("data: 1", await reader.ReadLineAsync(timeout.Token));
        Assert.Equal("", await reader.ReadLineAsync(timeout.Token));
        await Center.NotifyAsync(NotificationKinds.Welcomed, (await factory.CreateUserAsync()).Id, "/introductions/1", "Someone else's");
        await Center.NotifyAsync(NotificationKinds.Warning, member.Id, "/notifications", subject: "Please stay on topic");
        Assert.Equal("data: 2", await reader.ReadLineAsync(timeout.Token));
    }

    [Fact]
    public async Task Immediate_emails_go_in_the_members_language_with_unsubscribe_links_and_muted_kinds_are_skipped()
    {
        var member = await factory.CreateUserAsync(language: "zh-Hans");
        await Center.SaveSettingsAsync(member.Id, dailyDigest: false, [NotificationKinds.ReportResolved]);
        await Center.NotifyAsync(NotificationKinds.IntroductionReply, member.Id, "/introductions/7", "Rita", "欢迎你！");
        await Center.NotifyAsync(NotificationKinds.ReportResolved, member.Id, "/introductions/7", subject: "done");

        await Mailer.RunOnceAsync();

        var mails = factory.Outbox.ReadNewestFirst().Where(m => m.To == member.Email).ToList();
        var mail = Assert.Single(mails);
        Assert.Equal("Rita 回复了你的自我介绍：欢迎你！", mail.Subject);
        Assert.Contains("http://localhost:5000/introductions/7", mail.TextBody);
        Assert.Contains("/notifications/unsubscribe?user=", mail.TextBody);
        Assert.Contains("kind=IntroductionReply", mail.TextBody);
        Assert.Contains("kind=%2A", mail.TextBody);
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<Notification>().CountAsync(n => n.RecipientId == member.Id && n.EmailedAtUtc == null)));
        Assert.Equal(0, await Mailer.RunOnceAsync());
    }

    [Fact]
    public async Task Daily_digest_gathers_the_days_notifications_into_one_email_but_warnings_go_at_once()
    {
        var member = await factory.CreateUserAsync(displayName: "Dee Digest", language: "en");
        await Center.SaveSettingsAsync(member.Id, dailyDigest: true, []);
        await Center.NotifyAsync(NotificationKinds.Welcomed, member.Id, "/introductions/3", "Ann");
        await Center.NotifyAsync(NotificationKinds.IntroductionReply, member.Id, "/introductions/3", "Bo", "Great to have you");
        await Center.NotifyAsync(NotificationKinds.Warning, member.Id, "/notifications", subject: "No ads please");

        await Mailer.RunOnceAsync();

        var mails = factory.Outbox.ReadNewestFirst().Where(m => m.To == member.Email).ToList();
        Assert.Equal(2, mails.Count);
        var digest = Assert.Single(mails, m => m.Subject == "Your daily digest: 2 new");
        Assert.Contains("Hello Dee Digest,", digest.TextBody);
        Assert.Contains("Ann welcomed you to the community", digest.TextBody);
        Assert.Contains("Bo replied to your introduction: Great to have you", digest.TextBody);
        Assert.DoesNotContain("No ads please", digest.TextBody);
        Assert.Contains(mails, m => m.Subject == "A moderator warned you: No ads please");

        await Center.NotifyAsync(NotificationKinds.Welcomed, member.Id, "/introductions/3", "Cy");
        await Mailer.RunOnceAsync();
        Assert.Equal(2, factory.Outbox.ReadNewestFirst().Count(m => m.To == member.Email));
    }

    [Fact]
    public async Task The_unsubscribe_link_works_without_logging_in_and_a_wrong_token_changes_nothing()
    {
        var member = await factory.CreateUserAsync();
        var settings = await Center.SettingsAsync(member.Id);
        using var client = factory.CreateTestClient();
        var url = $"/notifications/unsubscribe?user={member.Id}&token={settings.UnsubscribeToken}&kind=Welcomed";

        var ask = await client.GetAsync(url);
        Assert.DoesNotContain("Welcomed", (await Center.SettingsAsync(member.Id)).MutedKinds);
        var done = await ask.SubmitAsync(client, "unsubscribe", new Dictionary<string, string>());

        Assert.NotNull(done.Find("[data-testid=unsubscribed]"));
        Assert.False((await Center.SettingsAsync(member.Id)).Emails(NotificationKinds.Welcomed));

        var forged = await client.GetAsync($"/notifications/unsubscribe?user={member.Id}&token=not-the-token&kind=*");
        var refused = await forged.SubmitAsync(client, "unsubscribe", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.True((await Center.SettingsAsync(member.Id)).Emails(NotificationKinds.IntroductionReply));
        var garbage = await client.GetAsync("/notifications/unsubscribe?user=x&token=y&kind=NoSuchKind");
        Assert.Equal(HttpStatusCode.BadRequest, garbage.Status);
    }
}
