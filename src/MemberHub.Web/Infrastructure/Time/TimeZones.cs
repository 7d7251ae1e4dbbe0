namespace MemberHub.Web.Infrastructure.Time;

/// <summary>IANA time zones: validating ids, listing them for pickers, and converting stored UTC times for display.</summary>
public static class TimeZones
{
    private static readonly Lazy<IReadOnlyList<string>> AllIds = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Select(z => z.HasIanaId ? z.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : z.Id)
            .Where(id => id.Contains('/') || id == "UTC")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList());

    public static IReadOnlyList<string> All => AllIds.Value;

    // The runtime's lookup takes a lock on its shared cache, and a page shows dozens of times. Only zones that exist are
    // kept: ids come from browsers' cookies, and unknown ones must not grow the cache.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeZoneInfo> Found = new(StringComparer.Ordinal);

    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }
        var trimmed = id.Trim();
        if (Found.TryGetValue(trimmed, out var known))
        {
            zone = known;
            return true;
        }
        try
        {
            zone = Found.GetOrAdd(trimmed, TimeZoneInfo.FindSystemTimeZoneById(trimmed));
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    public static bool IsKnown(string? id) => TryFind(id, out _);

    /// <summary>The cookie the browser writes with its own zone (memberhub.js), used until a member picks one.</summary>
    public const string BrowserCookie = "mh.tz";

    /// <summary>The browser's zone from its cookie, when it names a zone this server knows.</summary>
    public static string? FromBrowser(HttpContext? context) =>
        context?.Request.Cookies[BrowserCookie] is { Length: > 0 and <= 64 } id && IsKnown(id) ? id : null;

    /// <summary>How a time is labelled with its zone: the city of an IANA id ("Europe/Berlin" → "Berlin"), or "UTC".</summary>
    public static string CityOf(string zoneId)
    {
        var city = zoneId[(zoneId.LastIndexOf('/') + 1)..].Replace('_', ' ');
        return city.Length == 0 || city.StartsWith("Etc", StringComparison.Ordinal) ? "UTC" : city;
    }

    /// <summary>True when a .NET format string shows a time of day (so the zone matters), not only a date.</summary>
    public static bool ShowsTime(string format) =>
        format.Length == 1 ? format is not ("d" or "D" or "m" or "M" or "y" or "Y") : format.IndexOfAny(['H', 'h']) >= 0;

    /// <summary>The wall-clock time in <paramref name="zoneId"/> (UTC when the id is unknown).</summary>
    public static DateTime ToLocal(DateTime utc, string? zoneId)
    {
        TryFind(zoneId, out var zone);
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
    }

    /// <summary>
    /// The UTC instant of a wall-clock time entered in <paramref name="zoneId"/>. A time that does not exist there
    /// (skipped by a daylight-saving jump) is refused with null; a time that happens twice takes the first (daylight) one.
    /// </summary>
    public static DateTime? ToUtc(DateTime local, string zoneId)
    {
        if (!TryFind(zoneId, out var zone))
        {
            return null;
        }
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wallClock))
        {
            return null;
        }
        if (zone.IsAmbiguousTime(wallClock))
        {
            var offset = zone.GetAmbiguousTimeOffsets(wallClock).Max();
            return DateTime.SpecifyKind(wallClock - offset, DateTimeKind.Utc);
        }
        return TimeZoneInfo.ConvertTimeToUtc(wallClock, zone);
    }

    /// <summary>The UTC instant a day begins in <paramref name="zoneId"/> (where a jump skips midnight, the first hour that exists).</summary>
    public static DateTime StartOfDay(DateTime date, string zoneId) =>
        ToUtc(date.Date, zoneId) ?? ToUtc(date.Date.AddHours(1), zoneId) ?? DateTime.SpecifyKind(date.Date, DateTimeKind.Utc);
}
