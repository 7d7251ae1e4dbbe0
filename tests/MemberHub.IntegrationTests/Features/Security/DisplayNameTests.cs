using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Infrastructure;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Security;

/// <summary>Names are normalised before they are stored or compared, so nobody can pass for a staff member.</summary>
public class DisplayNameTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private ProfileService Profiles => factory.Services.GetRequiredService<ProfileService>();

    private async Task<MemberHub.Web.Infrastructure.Outcome> RenameAsync(string userId, string name)
    {
        var input = await Profiles.InputForAsync(userId);
        input.DisplayName = name;
        return await Profiles.SaveAsync(userId, input);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200C\u2060")]
    [InlineData("\u202E\u202D")]
    [InlineData("   \u3164  ")]
    public async Task A_name_of_only_invisible_characters_is_refused(string name)
    {
        var member = await factory.MemberAsync();

        var saved = await RenameAsync(member.Id, name);

        Assert.False(saved.Succeeded);
        Assert.Equal(nameof(ProfileInput.DisplayName), saved.Field);
    }

    [Theory]
    [InlineData("{0}\u200B")]
    [InlineData("\u202E{0}")]
    [InlineData(" {0} ")]
    [InlineData("{0}\u00AD")]
    public async Task A_staff_members_name_with_invisible_extras_is_refused(string pattern)
    {
        var expert = await factory.CreateUserAsync(role: AppRoles.Expert, displayName: "Expert Lin " + Guid.NewGuid().ToString("N")[..4]);
        var member = await factory.MemberAsync();

        var saved = await RenameAsync(member.Id, string.Format(pattern, expert.DisplayName));
        var upper = await RenameAsync(member.Id, expert.DisplayName.ToUpperInvariant());

        Assert.False(saved.Succeeded);
        Assert.False(upper.Succeeded);
        Assert.Contains("team", saved.Error);
    }

    [Fact]
    public async Task Names_are_stored_normalised()
    {
        var member = await factory.MemberAsync();

        var saved = await RenameAsync(member.Id, "  Ｍａｙａ\u200B  Patel\u202E ");

        Assert.True(saved.Succeeded, saved.Error);
        Assert.Equal("Maya Patel", (await Profiles.InputForAsync(member.Id)).DisplayName);
    }

    [Fact]
    public async Task Registering_as_a_staff_members_name_is_refused_next_to_the_name_field()
    {
        var expert = await factory.CreateUserAsync(role: AppRoles.Expert, displayName: "Expert Wu " + Guid.NewGuid().ToString("N")[..4]);
        using var client = factory.CreateTestClient();
        var email = $"new-{Guid.NewGuid():N}@test.memberhub.local";

        var page = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = expert.DisplayName + "\u200B", ["Input.Email"] = email,
            ["Input.Password"] = MemberHubFactory.Password, ["Input.ConfirmPassword"] = MemberHubFactory.Password,
        });

        Assert.Equal("/Account/Register", page.Path);
        Assert.Contains(page.FieldMessages, m => m.Contains("team"));
        Assert.Equal(email, page.InputValue("Input.Email"));
    }

    [Theory]
    [InlineData("Ｍａｙａ", "Maya")]
    [InlineData("a\u200Bb", "ab")]
    [InlineData("李  雷", "李 雷")]
    [InlineData("e\u0301", "é")]
    public void Normalising_folds_widths_drops_invisibles_and_collapses_spaces(string raw, string expected) =>
        Assert.Equal(expected, DisplayNames.Normalize(raw));
}
