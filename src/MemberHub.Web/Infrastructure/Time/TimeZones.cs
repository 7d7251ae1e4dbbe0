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

    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    public static bool IsKnown(string? id) => TryFind(id, out _);

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
}
