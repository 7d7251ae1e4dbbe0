using MemberHub.Web.Features.Dashboard;

namespace MemberHub.Tests.Features.Dashboard;

public class CsvTests
{
    [Fact]
    public void Cells_with_commas_quotes_or_line_breaks_are_quoted()
    {
        var csv = Csv.Of(["Tier", "Members"], [["Tea, \"green\"", 3], ["Line\nbreak", null]]);

        Assert.Equal("Tier,Members\r\n\"Tea, \"\"green\"\"\",3\r\n\"Line\nbreak\",\r\n", csv);
    }

    [Fact]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_kept_as_text()
    {
        var csv = Csv.Of(["Name"], [["=HYPERLINK(\"http://evil\")"], ["-5"], ["+cmd"], [-5.5m]]);

        Assert.Equal("Name\r\n\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n-5\r\n'+cmd\r\n-5.5\r\n", csv);
    }

    [Fact]
    public void Numbers_are_written_the_same_in_every_language()
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");

        Assert.Equal("A\r\n1234.5\r\n", Csv.Of(["A"], [[1234.5m]]));
    }
}
