using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;

namespace MemberHub.Web.Features.Portability.MovingIn;

public enum CsvRefusal
{
    None,
    Empty,
    /// <summary>Not text at all (a spreadsheet saved as .xlsx, an image).</summary>
    NotText,
    /// <summary>A quote opened and never closed, or a row the reader cannot split; <see cref="MemberCsv.Line"/> says where.</summary>
    Malformed,
    TooLarge,
}

/// <summary>
/// A member export as read (Circle, Skool, Mighty Networks, a 知识星球 export tool): its encoding, header row and rows.
/// Read with Sylvan.Data.Csv (quotes, commas and line breaks inside fields; the delimiter found from the header row); the encoding is UTF-8 when the bytes are valid
/// UTF-8 (with or without a BOM), else GB18030, the superset of the GBK that Chinese Excel writes.
/// </summary>
public sealed record MemberCsv(string Encoding, IReadOnlyList<string> Headers, IReadOnlyList<string[]> Rows, CsvRefusal Refusal = CsvRefusal.None, int? Line = null,
    IReadOnlyList<int>? RowLines = null)
{
    public const int MaxBytes = 20 * 1024 * 1024;

    static MemberCsv() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public bool Succeeded => Refusal == CsvRefusal.None;

    /// <summary>The row's number as a spreadsheet shows it (the header is row 1; blank rows, left out, still count).</summary>
    public int LineOf(int index) => RowLines?[index] ?? index + 2;

    public static MemberCsv Read(byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return Refused(CsvRefusal.TooLarge);
        }
        if (bytes.Length == 0)
        {
            return Refused(CsvRefusal.Empty);
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return Refused(CsvRefusal.NotText);
        }
        var (encoding, text) = Decode(bytes);
        if (text.Trim().Length == 0)
        {
            return Refused(CsvRefusal.Empty);
        }
        var rows = new List<string[]>();
        var lines = new List<int>();
        try
        {
            using var reader = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { HasHeaders = true });
            var headers = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).Trim()).ToArray();
            if (headers.All(h => h.Length == 0))
            {
                return Refused(CsvRefusal.Empty);
            }
            var line = 1;
            while (reader.Read())
            {
                line++;
                var row = Enumerable.Range(0, reader.RowFieldCount).Select(i => reader.GetString(i).Trim()).ToArray();
                // A quote left open swallows the rest of the file into one field: that is a broken file, not a long bio.
                if (row.Any(field => field.Count(c => c == '\n') > 20))
                {
                    return Refused(CsvRefusal.Malformed, line);
                }
                if (row.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                rows.Add(row);
                lines.Add(line);
            }
            return new MemberCsv(encoding, headers, rows, RowLines: lines);
        }
        catch (CsvFormatException e)
        {
            return Refused(CsvRefusal.Malformed, e.RowNumber);
        }
    }

    private static MemberCsv Refused(CsvRefusal refusal, int? line = null) => new("", [], [], refusal, line);

    private static (string Name, string Text) Decode(byte[] bytes)
    {
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            var text = strictUtf8.GetString(bytes);
            return ("UTF-8", text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
        }
        catch (DecoderFallbackException)
        {
            return ("GB18030", System.Text.Encoding.GetEncoding("GB18030").GetString(bytes));
        }
    }
}
