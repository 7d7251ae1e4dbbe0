using System.Text;
using MemberHub.Web.Features.Portability.MovingIn;

namespace MemberHub.Tests.Features.Portability;

public class MemberCsvTests
{
    static MemberCsvTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Utf8(string text, bool bom = false) => [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)];

    private static byte[] Gbk(string text) => Encoding.GetEncoding("GBK").GetBytes(text);

    [Fact]
    public void A_circle_export_in_utf8_with_a_bom_is_read_with_quoted_commas_and_line_breaks()
    {
        var csv = MemberCsv.Read(Utf8("First Name,Last Name,Email,Bio\r\nAnn,Lee,ann@example.com,\"Coach, writer\"\r\nBo,\"Chen\",bo@example.com,\"Two\nlines\"\r\n", bom: true));

        Assert.True(csv.Succeeded);
        Assert.Equal("UTF-8", csv.Encoding);
        Assert.Equal(["First Name", "Last Name", "Email", "Bio"], csv.Headers);
        Assert.Equal(["Ann", "Lee", "ann@example.com", "Coach, writer"], csv.Rows[0]);
        Assert.Equal("Two\nlines", csv.Rows[1][3]);
        var columns = MemberColumns.Suggest(csv.Headers)!;
        Assert.Equal((2, "Ann Lee"), (columns.Email, columns.NameIn(csv.Rows[0])));
    }

    [Fact]
    public void A_chinese_export_saved_by_excel_in_gbk_is_read_as_gb18030()
    {
        var csv = MemberCsv.Read(Gbk("昵称,邮箱,加入时间\r\n张伟,zhang@example.cn,2026-03-01\r\n李娜,li@example.cn,2026-04-15\r\n"));

        Assert.True(csv.Succeeded);
        Assert.Equal("GB18030", csv.Encoding);
        Assert.Equal(["昵称", "邮箱", "加入时间"], csv.Headers);
        Assert.Equal("张伟", csv.Rows[0][0]);
        Assert.Equal(new MemberColumns(1, Name: 0, Joined: 2), MemberColumns.Suggest(csv.Headers));
    }

    [Fact]
    public void The_same_chinese_file_in_utf8_reads_the_same()
    {
        var text = "昵称,邮箱\n张伟,zhang@example.cn\n";

        Assert.Equal(MemberCsv.Read(Gbk(text)).Rows[0], MemberCsv.Read(Utf8(text)).Rows[0]);
    }

    [Theory]
    [InlineData("Name;Email\nAnn;ann@example.com\n", 1)] // semicolons, as European Excel writes
    [InlineData("Name\tEmail Address\nAnn\tann@example.com\n", 1)] // Mighty Networks' header, tab-separated
    [InlineData("email,name\n\nann@example.com,Ann\n,\n", 0)] // blank lines skipped
    public void Delimiters_and_header_names_of_other_platforms_are_recognised(string text, int emailColumn)
    {
        var csv = MemberCsv.Read(Utf8(text));

        Assert.True(csv.Succeeded);
        Assert.Single(csv.Rows);
        Assert.Equal(emailColumn, MemberColumns.Suggest(csv.Headers)!.Email);
    }

    public static TheoryData<byte[], CsvRefusal> Broken => new()
    {
        { [], CsvRefusal.Empty },
        { Utf8("   \r\n  "), CsvRefusal.Empty },
        { [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00], CsvRefusal.NotText }, // an .xlsx (a zip) renamed .csv
        { Utf8("Name,Email\nAnn,\"ann@example.com\n" + string.Concat(Enumerable.Repeat("Bo,bo@example.com\n", 30))), CsvRefusal.Malformed },
    };

    // Not in the table above: the test runner serializes theory data into strings, and 20 MB of it took minutes.
    [Fact]
    public void A_file_over_the_size_limit_is_refused_as_too_large()
    {
        Assert.Equal(CsvRefusal.TooLarge, MemberCsv.Read(new byte[MemberCsv.MaxBytes + 1]).Refusal);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_file_is_refused_with_what_is_wrong(byte[] bytes, CsvRefusal refusal)
    {
        Assert.Equal(refusal, MemberCsv.Read(bytes).Refusal);
    }

    [Fact]
    public void Headers_without_an_email_column_suggest_no_mapping()
    {
        Assert.Null(MemberColumns.Suggest(["Name", "City"]));
    }
}
