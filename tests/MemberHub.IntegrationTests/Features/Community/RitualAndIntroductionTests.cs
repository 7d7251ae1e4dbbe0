using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Engagement;
using MemberHub.Web.Features.Community.Profiles;
using MemberHub.Web.Features.Community.Ritual;
using MemberHub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Community;

public class RitualAndIntroductionTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    [Fact]
    public async Task A_new_member_replies_only_after_introducing_themselves()
    {
        var veteran = await factory.MemberAsync();
        var newcomer = await factory.MemberAsync(introduce: false);
        var introduction = await factory.IntroductionOfAsync(veteran.Id);

        var before = await factory.Introductions().ReplyAsync(newcomer.Id, introduction, "Nice to meet you!");
        var introduced = await factory.Introductions().IntroduceAsync(newcomer.Id, "I am new here and I teach piano to adults online.");
        var after = await factory.Introductions().ReplyAsync(newcomer.Id, introduction, "Nice to meet you!");

        Assert.False(before.Succeeded);
        Assert.Equal("Introduce yourself first: then you can ask, answer and reply anywhere.", before.Error);
        Assert.True(introduced.Succeeded, introduced.Error);
        Assert.True(after.Succeeded, after.Error);
    }

    [Fact]
    public async Task Without_accepting_the_rules_not_even_an_introduction_is_possible()
    {
        var member = await factory.MemberAsync(acceptRules: false, introduce: false);

        var refused = await factory.Introductions().IntroduceAsync(member.Id, "Hello everyone, I coach founders of small schools.");

        Assert.Equal("Accept the community rules first.", refused.Error);
    }

    [Fact]
    public async Task Changed_rules_must_be_accepted_again_and_the_acceptance_is_recorded_with_its_version()
    {
        var member = await factory.MemberAsync();
        var settings = factory.Services.GetRequiredService<CommunitySettingsService>();
        var input = CommunitySettingsInput.From(await settings.GetAsync());
        input.RulesMarkdown = "New rule " + Guid.NewGuid();
        input.Name = "Rules changing circle";
        await settings.SaveAsync((await factory.OwnerAsync()).Id, input);
        var version = (await settings.GetAsync()).RulesVersion;
        var introduction = await factory.IntroductionOfAsync(member.Id);

        var refused = await factory.Introductions().ReplyAsync(member.Id, introduction, "Still here");
        var stale = await factory.Services.GetRequiredService<JoiningRitual>().AcceptRulesAsync(member.Id, version - 1);
        var accepted = await factory.Services.GetRequiredService<JoiningRitual>().AcceptRulesAsync(member.Id, version);
        var allowed = await factory.Introductions().ReplyAsync(member.Id, introduction, "Still here");

        Assert.Equal("Accept the community rules first.", refused.Error);
        Assert.False(stale.Succeeded);
        Assert.True(accepted.Succeeded);
        Assert.True(allowed.Succeeded, allowed.Error);
        var versions = await factory.QueryAsync(db => db.Set<RulesAcceptance>().Where(a => a.UserId == member.Id).Select(a => a.Version).ToListAsync());
        Assert.Contains(version, versions);
        Assert.Contains(version - 1, versions);
    }

    [Fact]
    public async Task The_owner_can_switch_the_introduction_requirement_off()
    {
        var settings = factory.Services.GetRequiredService<CommunitySettingsService>();
        var owner = (await factory.OwnerAsync()).Id;
        var veteran = await factory.MemberAsync();
        var newcomer = await factory.MemberAsync(introduce: false);
        var input = CommunitySettingsInput.From(await settings.GetAsync());
        input.Name = "Relaxed circle";
        input.RequireIntroduction = false;
        await settings.SaveAsync(owner, input);
        try
        {
            var reply = await factory.Introductions().ReplyAsync(newcomer.Id, await factory.IntroductionOfAsync(veteran.Id), "Hi there");
            Assert.True(reply.Succeeded, reply.Error);
        }
        finally
        {
            input.RequireIntroduction = true;
            await settings.SaveAsync(owner, input);
        }
    }

    [Fact]
    public async Task Welcoming_and_replying_notify_the_introduced_member_and_earn_points_once()
    {
        var introduced = await factory.MemberAsync(name: "Iris Introduced");
        var welcomer = await factory.MemberAsync(name: "Will Welcomer");
        var introduction = await factory.IntroductionOfAsync(introduced.Id);

        var welcome = await factory.Introductions().WelcomeAsync(welcomer.Id, introduction);
        var again = await factory.Introductions().WelcomeAsync(welcomer.Id, introduction);
        var self = await factory.Introductions().WelcomeAsync(introduced.Id, introduction);
        await factory.Introductions().ReplyAsync(welcomer.Id, introduction, "Welcome, Iris!");

        Assert.True(welcome.Succeeded);
        Assert.Equal("You have already welcomed this member.", again.Error);
        Assert.Equal("You cannot welcome yourself.", self.Error);
        var notifications = await factory.NotificationsOfAsync(introduced.Id);
        Assert.Contains(notifications, n => n.Kind == NotificationKinds.Welcomed && n.Actor == "Will Welcomer" && n.Link == $"/introductions/{introduction}");
        Assert.Contains(notifications, n => n.Kind == NotificationKinds.IntroductionReply && n.Subject == "Welcome, Iris!");
        var awards = await factory.QueryAsync(db => db.Set<PointAward>().Where(a => a.UserId == welcomer.Id).ToListAsync());
        Assert.Single(awards, a => a.Kind == PointKinds.Welcomed);
        Assert.Single(awards, a => a.Kind == PointKinds.Introduced);
        var profile = await factory.QueryAsync(db => db.Set<MemberProfile>().SingleAsync(p => p.UserId == welcomer.Id));
        Assert.Equal(awards.Sum(a => a.Points), profile.Points);
    }

    [Fact]
    public async Task Introductions_that_are_too_short_are_refused_and_nothing_is_stored()
    {
        var member = await factory.MemberAsync(introduce: false);
        var refused = await factory.Introductions().IntroduceAsync(member.Id, "Hi");
        Assert.Contains("20 to 5000", refused.Error);
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<Web.Features.Community.Introductions.Introduction>().CountAsync(i => i.AuthorId == member.Id)));
    }

    [Fact]
    public async Task New_members_cannot_post_external_links_but_staff_can()
    {
        var veteran = await factory.MemberAsync();
        var newcomer = await factory.MemberAsync();
        var expert = await factory.CreateUserAsync(role: Web.Features.Accounts.AppRoles.Expert);
        var introduction = await factory.IntroductionOfAsync(veteran.Id);

        var advert = await factory.Introductions().ReplyAsync(newcomer.Id, introduction, "Buy my course at https://spam.example.com");
        var staff = await factory.Introductions().ReplyAsync(expert.Id, introduction, "A good read: https://example.org/guide");

        Assert.False(advert.Succeeded);
        Assert.Contains("cannot post external links", advert.Error);
        Assert.True(staff.Succeeded, staff.Error);
    }

    [Fact]
    public async Task Posting_too_fast_is_refused_with_the_text_kept()
    {
        var veteran = await factory.MemberAsync();
        var chatty = await factory.MemberAsync();
        var introduction = await factory.IntroductionOfAsync(veteran.Id);
        var limit = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CommunityOptions>>().Value.PostsPerMinute;

        var results = new List<Web.Infrastructure.Outcome<int>>();
        for (var i = 0; i < limit; i++)
        {
            results.Add(await factory.Introductions().ReplyAsync(chatty.Id, introduction, $"Message {i}"));
        }

        // The introduction itself was the first post of this minute.
        Assert.Contains(results, r => !r.Succeeded && r.Error!.Contains("posting too fast"));
    }

    [Fact]
    public async Task Profile_links_must_be_web_addresses_and_the_directory_finds_members_by_what_they_do()
    {
        var member = await factory.EstablishedMemberAsync(name: "Dora Directory");
        var profiles = factory.Services.GetRequiredService<ProfileService>();
        var input = await profiles.InputForAsync(member.Id);
        input.Headline = "I run a pottery circle";
        input.City = "Chengdu";
        input.Links = "https://dora.example.com\njavascript:alert(1)";

        var refused = await profiles.SaveAsync(member.Id, input);
        input.Links = "https://dora.example.com";
        var saved = await profiles.SaveAsync(member.Id, input);

        Assert.Equal(nameof(ProfileInput.Links), refused.Field);
        Assert.Contains("javascript:alert(1)", refused.Error);
        Assert.True(saved.Succeeded, saved.Error);
        Assert.Contains(await profiles.DirectoryAsync("pottery"), c => c.UserId == member.Id);
        Assert.Contains(await profiles.DirectoryAsync("chengdu"), c => c.UserId == member.Id);
        Assert.DoesNotContain(await profiles.DirectoryAsync("nothing-like-this"), c => c.UserId == member.Id);
    }
}
