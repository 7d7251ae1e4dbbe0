using MemberHub.IntegrationTests.Features.Community;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>
/// Who a viewer is (membership, roles, standing) and the bell's count are kept in memory between requests; every save
/// that changes them must count at the very next question, whichever service made it.
/// </summary>
public class ViewerFreshnessTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private MemberAccess Access => factory.Services.GetRequiredService<MemberAccess>();

    [Fact]
    public async Task A_ban_counts_at_the_next_question_after_the_viewer_was_kept()
    {
        var member = await factory.MemberAsync();
        var moderator = await factory.CreateUserAsync(role: AppRoles.Moderator);
        Assert.True((await Access.MemberContentAsync(member.Id)).Allowed);

        Assert.True((await factory.Services.GetRequiredService<ModerationService>().BanAsync(moderator.Id, member.Id, "Spam", false)).Succeeded);

        Assert.Equal(AccessRefusal.Banned, (await Access.MemberContentAsync(member.Id)).Refusal);
    }

    [Fact]
    public async Task A_role_given_and_taken_through_Identity_counts_at_once()
    {
        var user = await factory.CreateUserAsync();
        Assert.False((await Access.ModerateAsync(user.Id)).Allowed);

        await factory.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.AddToRoleAsync((await users.FindByIdAsync(user.Id))!, AppRoles.Moderator);
        });
        Assert.True((await Access.ModerateAsync(user.Id)).Allowed);

        await factory.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.RemoveFromRoleAsync((await users.FindByIdAsync(user.Id))!, AppRoles.Moderator);
        });
        Assert.False((await Access.ModerateAsync(user.Id)).Allowed);
    }

    [Fact]
    public async Task A_membership_ended_inside_a_transaction_counts_once_committed_even_if_read_in_between()
    {
        var member = await factory.MemberAsync();
        Assert.True((await Access.MemberContentAsync(member.Id)).Allowed);

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var membership = await db.Set<Membership>().SingleAsync(m => m.UserId == member.Id);
        membership.End(DateTime.UtcNow);
        await db.SaveChangesAsync();
        // Read between the save and the commit: the old, committed membership is what the database answers now.
        Assert.True((await Access.MemberContentAsync(member.Id)).Allowed);
        await transaction.CommitAsync();

        Assert.False((await Access.MemberContentAsync(member.Id)).Allowed);
    }

    [Fact]
    public async Task The_bell_count_follows_notifications_saved_by_any_service_and_marked_read()
    {
        var member = await factory.CreateUserAsync();
        var center = factory.Services.GetRequiredService<NotificationCenter>();
        Assert.Equal(0, await center.UnreadCountAsync(member.Id));

        await center.NotifyAsync(NotificationKinds.Banned, member.Id, "/");
        Assert.Equal(1, await center.UnreadCountAsync(member.Id));

        // Added to some other feature's unit of work, with no announcement at all.
        await factory.QueryAsync(async db =>
        {
            center.Add(db, NotificationKinds.Suspended, member.Id, "/");
            return await db.SaveChangesAsync();
        });
        Assert.Equal(2, await center.UnreadCountAsync(member.Id));

        await center.MarkReadAsync(member.Id);
        Assert.Equal(0, await center.UnreadCountAsync(member.Id));
    }
}
