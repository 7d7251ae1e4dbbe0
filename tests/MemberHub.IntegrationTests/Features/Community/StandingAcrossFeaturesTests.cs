using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Community.Ritual;
using MemberHub.Web.Features.Memberships.Access;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Community;

/// <summary>A banned member is refused everywhere on the server; a suspended one reads but cannot post anywhere.</summary>
public class StandingAcrossFeaturesTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    public static TheoryData<string> MemberPages => ["/members", "/introductions", "/members/directory", "/welcome"];

    [Theory]
    [MemberData(nameof(MemberPages))]
    public async Task Banned_member_is_refused_on_every_member_page(string path)
    {
        var member = await factory.MemberAsync();
        await factory.Services.GetRequiredService<ModerationService>().BanAsync((await factory.OwnerAsync()).Id, member.Id, "Spam", false);
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        var page = await client.GetAsync(path);

        Assert.Equal("Banned", page.Find("[data-testid=access-refusal]")?.GetAttribute("data-refusal"));
        Assert.Null(page.Find("[data-testid=introduction]"));
        Assert.Null(page.Find("[data-testid=member-card]"));
    }

    [Fact]
    public async Task Banned_member_cannot_post_welcome_report_or_accept_rules()
    {
        var host = await factory.MemberAsync();
        var member = await factory.MemberAsync();
        var introduction = await factory.IntroductionOfAsync(host.Id);
        await factory.Services.GetRequiredService<ModerationService>().BanAsync((await factory.OwnerAsync()).Id, member.Id, "Spam", false);

        Assert.Equal("You have been banned from this community.", (await factory.Introductions().ReplyAsync(member.Id, introduction, "hello")).Error);
        Assert.Equal("You have been banned from this community.", (await factory.Introductions().IntroduceAsync(member.Id, "I am back and I want to introduce myself.")).Error);
        Assert.False((await factory.Introductions().WelcomeAsync(member.Id, introduction)).Succeeded);
        Assert.False((await factory.Services.GetRequiredService<ReportService>().ReportAsync(member.Id, "introduction", introduction, ReportReason.Other, null)).Succeeded);
        Assert.False((await factory.Services.GetRequiredService<JoiningRitual>().AcceptRulesAsync(member.Id, 1)).Succeeded);
    }

    [Fact]
    public async Task Suspended_member_reads_the_pages_but_every_post_is_refused()
    {
        var host = await factory.MemberAsync();
        var member = await factory.MemberAsync();
        var introduction = await factory.IntroductionOfAsync(host.Id);
        await factory.Services.GetRequiredService<ModerationService>().SuspendAsync((await factory.OwnerAsync()).Id, member.Id, 2, "Cool down");
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        var page = await client.GetAsync("/introductions");

        Assert.NotNull(page.Find("[data-testid=introduction]"));
        Assert.Equal("You are suspended and cannot post until the suspension ends.", (await factory.Introductions().ReplyAsync(member.Id, introduction, "hello")).Error);
        Assert.False((await factory.Introductions().IntroduceAsync(member.Id, "Editing my introduction while suspended.")).Succeeded);
        var access = factory.Services.GetRequiredService<MemberAccess>();
        Assert.Equal(AccessRefusal.Suspended, (await access.PostAsync(await access.ViewerAsync(member.Id), PostPlace.Introductions)).Refusal);
    }

    [Fact]
    public async Task Moderation_queue_and_audit_log_are_refused_on_the_server_to_members()
    {
        var member = await factory.MemberAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);

        Assert.Equal("/Account/AccessDenied", (await client.GetAsync("/moderation")).Path);
        Assert.Equal("/Account/AccessDenied", (await client.GetAsync("/owner/audit")).Path);
        Assert.False((await factory.Services.GetRequiredService<AuditLog>().ReadAsync(member.Id, new AuditFilter())).Succeeded);
    }
}
