using System.Globalization;
using System.Text.RegularExpressions;
using MemberHub.Web.Infrastructure.Time;

namespace MemberHub.Web.Features.Portability.MovingIn;

/// <summary>A date as another platform's export writes it.</summary>
public static partial class IncomingDate
{
    /// <summary>An ISO 8601 date; one written without an offset is a wall-clock time in the community's zone.</summary>
    public static DateTime? ToUtc(string? text, string zone)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        text = text.Trim();
        if (HasOffset().IsMatch(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? instant.UtcDateTime : null;
        }
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? TimeZones.ToUtc(local, zone) : null;
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}
