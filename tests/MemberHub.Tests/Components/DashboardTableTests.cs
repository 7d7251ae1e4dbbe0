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

    [Fact]
    public void A_figure_that_cannot_be_had_reads_as_a_dash()
    {
        var rates = new DashboardTable("mrr", ["Currency", "Revenue churn"], [["CNY", null], ["USD", 0.25]]);

        var table = Render<Table>(p => p.Add(t => t.Data, rates).Add(t => t.Title, "MRR"));

        var cells = table.FindAll("tbody td").Select(td => td.TextContent).ToList();
        Assert.Equal("—", cells[1]);
        Assert.Contains("25", cells[3]);
    }
}
