using MemberHub.Web.Features.Accounts;

namespace MemberHub.Tests.Features.Accounts;

public class NameShownTests
{
    [Theory]
    [InlineData("Ann Lee", "ann@example.com", "Ann Lee")]
    [InlineData("", "ann@example.com", "ann@example.com")]
    [InlineData("   ", "ann@example.com", "ann@example.com")]
    [InlineData(null, null, "")]
    public void A_person_is_shown_by_the_name_they_chose_else_by_their_address(string? chosen, string? email, string shown) =>
        Assert.Equal(shown, DisplayNames.Of(chosen, email));

    [Fact]
    public void An_account_shows_the_same_name_as_every_list()
    {
        var user = new ApplicationUser { Id = "u1", DisplayName = " ", Email = "ann@example.com", UserName = "ann@example.com" };

        Assert.Equal(DisplayNames.Of(user.DisplayName, user.Email), user.NameForDisplay);
    }
}
