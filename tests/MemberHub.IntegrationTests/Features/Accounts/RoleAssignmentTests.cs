using System.Net;
using MemberHub.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Accounts;

public class RoleAssignmentTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    [Fact]
    public async Task Owner_gives_and_takes_the_expert_role()
    {
        var owner = await factory.OwnerAsync();
        var member = await factory.CreateUserAsync();

        var granted = await SetRoleAsync(owner.Id, member.Id, AppRoles.Expert, grant: true);
        Assert.True(granted.Succeeded);
        Assert.True(await IsInRoleAsync(member.Email!, AppRoles.Expert));

        var removed = await SetRoleAsync(owner.Id, member.Id, AppRoles.Expert, grant: false);
        Assert.True(removed.Succeeded);
        Assert.False(await IsInRoleAsync(member.Email!, AppRoles.Expert));
    }

    [Theory]
    [InlineData(AppRoles.Moderator)]
    [InlineData(AppRoles.Expert)]
    [InlineData(null)]
    public async Task Non_owner_cannot_change_roles(string? actorRole)
    {
        var actor = await factory.CreateUserAsync(role: actorRole);
        var member = await factory.CreateUserAsync();

        var outcome = await SetRoleAsync(actor.Id, member.Id, AppRoles.Moderator, grant: true);

        Assert.False(outcome.Succeeded);
        Assert.Equal("Only the community owner can change roles.", outcome.Error);
        Assert.False(await IsInRoleAsync(member.Email!, AppRoles.Moderator));
    }

    [Fact]
    public async Task Owner_role_cannot_be_handed_out_on_the_people_page()
    {
        var owner = await factory.OwnerAsync();
        var member = await factory.CreateUserAsync();

        var outcome = await SetRoleAsync(owner.Id, member.Id, AppRoles.Owner, grant: true);

        Assert.False(outcome.Succeeded);
        Assert.False(await IsInRoleAsync(member.Email!, AppRoles.Owner));
    }

    [Fact]
    public async Task Role_change_for_an_unknown_account_is_refused()
    {
        var owner = await factory.OwnerAsync();
        var outcome = await SetRoleAsync(owner.Id, "no-such-user", AppRoles.Expert, grant: true);
        Assert.False(outcome.Succeeded);
        Assert.Equal("That account no longer exists.", outcome.Error);
    }

    [Fact]
    public async Task People_page_is_refused_on_the_server_to_a_member_and_sends_a_visitor_to_log_in()
    {
        using var visitor = factory.CreateTestClient();
        var anonymous = await visitor.GetAsync("/owner/people");
        Assert.Equal("/Account/Login", anonymous.Path);

        using var client = factory.CreateTestClient();
        var member = await factory.CreateUserAsync(role: AppRoles.Moderator);
        await client.LogInAsync(member.Email!, MemberHubFactory.Password);
        var refused = await client.GetAsync("/owner/people");
        Assert.Equal("/Account/AccessDenied", refused.Path);
        Assert.DoesNotContain(MemberHubFactory.OwnerEmail, refused.Html);
    }

    [Fact]
    public async Task Owner_sees_everyone_on_the_people_page()
    {
        var member = await factory.CreateUserAsync(displayName: "Pat Listed");
        using var client = factory.CreateTestClient();
        await client.LogInAsync(MemberHubFactory.OwnerEmail, MemberHubFactory.OwnerPassword);

        var page = await client.GetAsync("/owner/people");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Pat Listed", page.Text);
        Assert.Contains(member.Email!, page.Text);
    }

    private Task<MemberHub.Web.Infrastructure.Outcome> SetRoleAsync(string actorId, string userId, string role, bool grant) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<PeopleService>().SetRoleAsync(actorId, userId, role, grant));

    private Task<bool> IsInRoleAsync(string email, string role) => factory.WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, role);
    });
}
