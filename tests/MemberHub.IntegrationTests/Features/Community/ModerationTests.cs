using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Introductions;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.TestMode;
using MemberHub.Web.Features.Memberships.Tiers;
using MemberHub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Community;

public class ModerationTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private ModerationService Moderation => factory.Services.GetRequiredService<ModerationService>();
    private ReportService Reports => factory.Services.GetRequiredService<ReportService>();

    private async Task<(string Moderator, string Author, string Reporter, int ReplyId)> ReportedReplyAsync()
    {
        var moderator = await factory.CreateUserAsync(role: AppRoles.Moderator);
        var host = await factory.MemberAsync();
        var author = await factory.MemberAsync(name: "Andy Author");
        var reporter = await factory.MemberAsync();
        var reply = await factory.Introductions().ReplyAsync(author.Id, await factory.IntroductionOfAsync(host.Id), "Cheap followers, message me");
        Assert.True((await Reports.ReportAsync(reporter.Id, IntroductionReplyModeration.KindName, reply.Value, ReportReason.Advertising, "spam")).Succeeded);
        return (moderator.Id, author.Id, reporter.Id, reply.Value);
    }

    private Task<List<ModerationAction>> AuditAsync(string targetUserId) =>
        factory.QueryAsync(db => db.Set<ModerationAction>().Where(a => a.TargetUserId == targetUserId).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task Reporting_ones_own_post_twice_or_a_missing_post_is_refused()
    {
        var host = await factory.MemberAsync();
        var reporter = await factory.MemberAsync();
        var introduction = await factory.IntroductionOfAsync(host.Id);

        var own = await Reports.ReportAsync(host.Id, IntroductionModeration.KindName, introduction, ReportReason.Other, null);
        var first = await Reports.ReportAsync(reporter.Id, IntroductionModeration.KindName, introduction, ReportReason.OffTopic, null);
        var twice = await Reports.ReportAsync(reporter.Id, IntroductionModeration.KindName, introduction, ReportReason.OffTopic, null);
        var missing = await Reports.ReportAsync(reporter.Id, IntroductionModeration.KindName, 999_999, ReportReason.OffTopic, null);
        var unknownKind = await Reports.ReportAsync(reporter.Id, "poll", introduction, ReportReason.OffTopic, null);

        Assert.Equal("You cannot report your own post.", own.Error);
        Assert.True(first.Succeeded);
        Assert.Equal("You have already reported this post.", twice.Error);
        Assert.Equal("That post does not exist.", missing.Error);
        Assert.Equal("That post does not exist.", unknownKind.Error);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<Report>().CountAsync(r => r.ContentKind == IntroductionModeration.KindName && r.ContentId == introduction)));
    }

    [Fact]
    public async Task Hiding_a_reported_reply_keeps_it_stored_hides_it_from_members_notifies_and_is_audited()
    {
        var (moderator, author, reporter, reply) = await ReportedReplyAsync();
        var queue = await Moderation.QueueAsync(moderator);
        Assert.Contains(queue.Value!, q => q.Content.Kind == IntroductionReplyModeration.KindName && q.Content.Id == reply && q.Reports.Count == 1);

        var hidden = await Moderation.HideAsync(moderator, IntroductionReplyModeration.KindName, reply, "Advertising is not allowed");

        Assert.True(hidden.Succeeded, hidden.Error);
        var stored = await factory.QueryAsync(db => db.Set<IntroductionReply>().SingleAsync(r => r.Id == reply));
        Assert.True(stored.IsHidden);
        Assert.Equal("Cheap followers, message me", stored.BodyMarkdown);
        var memberFeed = await factory.Introductions().FeedAsync(reporter);
        Assert.DoesNotContain(memberFeed.SelectMany(i => i.Replies), r => r.Id == reply);
        var moderatorFeed = await factory.Introductions().FeedAsync(moderator);
        Assert.Contains(moderatorFeed.SelectMany(i => i.Replies), r => r.Id == reply && r.IsHidden);
        Assert.Contains(await factory.NotificationsOfAsync(author), n => n.Kind == NotificationKinds.PostHidden && n.Subject == "Advertising is not allowed");
        Assert.Contains(await factory.NotificationsOfAsync(reporter), n => n.Kind == NotificationKinds.ReportResolved);
        var audit = Assert.Single(await AuditAsync(author));
        Assert.Equal(ModerationActionKind.Hide, audit.Action);
        Assert.Equal(moderator, audit.ActorId);
        Assert.Equal("Advertising is not allowed", audit.Reason);
        Assert.DoesNotContain((await Moderation.QueueAsync(moderator)).Value!, q => q.Content.Id == reply && q.Content.Kind == IntroductionReplyModeration.KindName);

        Assert.True((await Moderation.RestoreAsync(moderator, IntroductionReplyModeration.KindName, reply, "On appeal")).Succeeded);
        Assert.Contains((await factory.Introductions().FeedAsync(reporter)).SelectMany(i => i.Replies), r => r.Id == reply);
        Assert.Equal([ModerationActionKind.Hide, ModerationActionKind.Restore], (await AuditAsync(author)).Select(a => a.Action));
    }

    [Fact]
    public async Task Dismissing_closes_the_reports_and_leaves_the_post()
    {
        var (moderator, author, reporter, reply) = await ReportedReplyAsync();

        Assert.True((await Moderation.DismissAsync(moderator, IntroductionReplyModeration.KindName, reply, "")).Succeeded);

        Assert.Equal(ReportStatus.Dismissed, await factory.QueryAsync(db => db.Set<Report>().Where(r => r.ContentId == reply && r.ContentKind == IntroductionReplyModeration.KindName).Select(r => r.Status).SingleAsync()));
        Assert.False(await factory.QueryAsync(db => db.Set<IntroductionReply>().Where(r => r.Id == reply).Select(r => r.IsHidden).SingleAsync()));
        Assert.Equal(ModerationActionKind.Dismiss, Assert.Single(await AuditAsync(author)).Action);
        Assert.Contains(await factory.NotificationsOfAsync(reporter), n => n.Kind == NotificationKinds.ReportResolved);
    }

    [Fact]
    public async Task Warn_suspend_lift_ban_unban_each_land_in_the_audit_log_and_reach_the_member()
    {
        var moderator = await factory.CreateUserAsync(role: AppRoles.Moderator);
        var member = await factory.MemberAsync();

        Assert.True((await Moderation.WarnAsync(moderator.Id, member.Id, "Keep it on topic")).Succeeded);
        Assert.True((await Moderation.SuspendAsync(moderator.Id, member.Id, 3, "Repeated off-topic posts")).Succeeded);
        var access = factory.Services.GetRequiredService<MemberAccess>();
        var suspended = await access.PostAsync(await access.ViewerAsync(member.Id), PostPlace.Elsewhere);
        Assert.True((await Moderation.LiftSuspensionAsync(moderator.Id, member.Id, "Apologised")).Succeeded);
        Assert.True((await Moderation.BanAsync(moderator.Id, member.Id, "Spam after warning", cancelSubscriptionNow: false)).Succeeded);
        var banned = await factory.MemberContentAsync(member.Id);
        Assert.True((await Moderation.UnbanAsync(moderator.Id, member.Id, "Second chance")).Succeeded);

        Assert.Equal(AccessRefusal.Suspended, suspended.Refusal);
        Assert.Equal(AccessRefusal.Banned, banned.Refusal);
        Assert.True((await factory.MemberContentAsync(member.Id)).Allowed);
        var audit = await AuditAsync(member.Id);
        Assert.Equal([ModerationActionKind.Warn, ModerationActionKind.Suspend, ModerationActionKind.LiftSuspension, ModerationActionKind.Ban, ModerationActionKind.Unban],
            audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(moderator.Id, a.ActorId));
        Assert.Equal(3, audit[1].Days);
        var kinds = (await factory.NotificationsOfAsync(member.Id)).Select(n => n.Kind).ToList();
        Assert.Contains(NotificationKinds.Warning, kinds);
        Assert.Contains(NotificationKinds.Suspended, kinds);
        Assert.Contains(NotificationKinds.Banned, kinds);
        var log = await factory.Services.GetRequiredService<AuditLog>().ReadAsync((await factory.OwnerAsync()).Id, new AuditFilter(ModerationActionKind.Suspend, TargetUserId: member.Id));
        Assert.Equal("Repeated off-topic posts", Assert.Single(log.Value!).Reason);
    }

    [Theory]
    [InlineData("non-moderator")]
    [InlineData("suspend-owner")]
    [InlineData("moderator-on-staff")]
    [InlineData("moderator-cancels-now")]
    [InlineData("self")]
    [InlineData("no-reason")]
    [InlineData("too-many-days")]
    public async Task Moderation_outside_ones_role_is_refused_and_changes_nothing(string attempt)
    {
        var moderator = await factory.CreateUserAsync(role: AppRoles.Moderator);
        var member = await factory.MemberAsync();
        var expert = await factory.CreateUserAsync(role: AppRoles.Expert);
        var owner = (await factory.OwnerAsync()).Id;

        var (target, outcome) = attempt switch
        {
            "non-moderator" => (member.Id, await Moderation.SuspendAsync(expert.Id, member.Id, 3, "no")),
            "suspend-owner" => (owner, await Moderation.SuspendAsync(moderator.Id, owner, 3, "no")),
            "moderator-on-staff" => (expert.Id, await Moderation.BanAsync(moderator.Id, expert.Id, "no", false)),
            "moderator-cancels-now" => (member.Id, await Moderation.BanAsync(moderator.Id, member.Id, "no", cancelSubscriptionNow: true)),
            "self" => (moderator.Id, await Moderation.WarnAsync(moderator.Id, moderator.Id, "no")),
            "no-reason" => (member.Id, await Moderation.SuspendAsync(moderator.Id, member.Id, 3, "  ")),
            _ => (member.Id, await Moderation.SuspendAsync(moderator.Id, member.Id, 400, "too long")),
        };

        Assert.False(outcome.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Error));
        Assert.Empty(await AuditAsync(target));
        Assert.Null(await factory.QueryAsync(db => db.Set<MemberStanding>().Where(s => s.UserId == target && (s.SuspendedUntilUtc != null || s.BannedAtUtc != null)).FirstOrDefaultAsync()));
        Assert.False((await Reports.ReportAsync(member.Id, "nothing", 1, ReportReason.Other, null)).Succeeded);
        Assert.False((await Moderation.QueueAsync(expert.Id)).Succeeded);
    }

    [Fact]
    public async Task Ban_by_the_owner_can_cancel_the_subscription_now_while_a_moderators_ban_waits_for_the_period_end()
    {
        var owner = (await factory.OwnerAsync()).Id;
        var moderator = await factory.CreateUserAsync(role: AppRoles.Moderator);
        var tier = await factory.CreateTierAsync();
        async Task<string> PayingMemberAsync()
        {
            var user = await factory.CreateUserAsync();
            var start = await factory.Services.GetRequiredService<CheckoutService>().StartAsync(user.Id, tier.Id, BillingInterval.Month, "http://localhost/");
            await factory.Services.GetRequiredService<TestModeBillingGateway>().CompleteCheckoutAsync(start.Value![TestModeBillingGateway.CheckoutPath.Length..]);
            return user.Id;
        }
        var byModerator = await PayingMemberAsync();
        var byOwner = await PayingMemberAsync();

        Assert.True((await Moderation.BanAsync(moderator.Id, byModerator, "Spam", cancelSubscriptionNow: false)).Succeeded);
        Assert.True((await Moderation.BanAsync(owner, byOwner, "Fraud", cancelSubscriptionNow: true)).Succeeded);

        var periodEnd = await factory.MembershipOfAsync(byModerator);
        Assert.True(periodEnd!.CancelAtPeriodEnd);
        Assert.Equal(MembershipStatus.Active, periodEnd.Status);
        Assert.Equal(MembershipStatus.Ended, (await factory.MembershipOfAsync(byOwner))!.Status);
        Assert.Equal(AccessRefusal.Banned, (await factory.MemberContentAsync(byModerator)).Refusal);
    }
}
