using Bunit;
using MemberHub.Web.Features.Dashboard;

namespace MemberHub.Tests.Components;

public class DashboardTableTests : AppTestContext
{
    private static DashboardTable Members(int count) =>
        new("silent", ["Member"], Enumerable.Range(1, count).Select(i => (IReadOnlyList<object?>)[$"Member {i}"]).ToList());

    [Fact]
    public void A_long_list_shows_its_first_rows_and_says_how_many_there_are()
    {
        var table = Render<Table>(p => p.Add(t => t.Data, Members(250)).Add(t => t.Title, "Silent").Add(t => t.MaxRows, 100));

        Assert.Equal(100, table.FindAll("tbody tr").Count);
        Assert.Contains("100", table.Find("[data-testid=more-silent]").TextContent);
        Assert.Contains("250", table.Find("[data-testid=more-silent]").TextContent);
    }

    [Fact]
    public void A_list_within_the_limit_shows_every_row_and_no_note()
    {
        var table = Render<Table>(p => p.Add(t => t.Data, Members(40)).Add(t => t.Title, "Silent").Add(t => t.MaxRows, 100));

        Assert.Equal(40, table.FindAll("tbody tr").Count);
        Assert.Empty(table.FindAll("[data-testid=more-silent]"));
    }
}
