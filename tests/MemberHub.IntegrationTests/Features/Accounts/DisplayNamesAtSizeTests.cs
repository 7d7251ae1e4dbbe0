using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Accounts;

namespace MemberHub.IntegrationTests.Features.Accounts;

public class DisplayNamesAtSizeTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    // A dashboard names every silent payer: tens of thousands of ids, past SQLite's 32 766 parameters if sent one by one.
    [Fact]
    public async Task Names_for_forty_thousand_people_are_read_in_one_query()
    {
        var someone = await factory.CreateUserAsync(displayName: "Named Person");
        var ids = Enumerable.Range(0, 40_000).Select(i => $"nobody-{i}").Append(someone.Id).ToList();

        var names = await factory.QueryAsync(db => DisplayNames.OfAsync(db, ids));

        Assert.Equal("Named Person", Assert.Single(names).Value);
    }
}
