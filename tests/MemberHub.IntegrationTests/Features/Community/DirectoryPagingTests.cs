namespace MemberHub.IntegrationTests.Features.Community;

public class DirectoryPagingTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    [Fact]
    public async Task The_directory_shows_thirty_members_and_offers_more_when_there_are_more()
    {
        var reader = await factory.MemberAsync();
        for (var i = 0; i < 31; i++)
        {
            await factory.MemberAsync(name: $"Member {i:00}");
        }
        using var client = factory.CreateTestClient();
        await client.LogInAsync(reader.Email!, MemberHubFactory.Password);

        var page = await client.GetAsync("/members/directory");

        Assert.Equal(30, page.Document.QuerySelectorAll("[data-testid=member-card]").Length);
        Assert.NotNull(page.Find("#more-members"));
    }
}
