using System.Globalization;

namespace MemberHub.Web.Infrastructure;

/// <summary>
/// Query-string values are typed by people and link checkers: pages take them as text and read them here, so
/// "?page=abc" or "?tier=1e9" is ignored instead of failing the request (Blazor's typed binding answers 500).
/// </summary>
public static class QueryValues
{
    public static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static bool Flag(string? value) =>
        value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
