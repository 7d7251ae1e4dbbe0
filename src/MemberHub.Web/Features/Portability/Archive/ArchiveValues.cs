using System.Text.Json;

namespace MemberHub.Web.Features.Portability.Archive;

/// <summary>
/// SQLite's five storage classes as JSON, both ways, so a value comes back exactly as it was stored: integers and reals as
/// numbers (a real always with its fraction or exponent), text as strings, blobs as <c>{"$base64": "..."}</c>, null as null.
/// </summary>
internal static class ArchiveValues
{
    public const string BlobKey = "$base64";

    public static void Write(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case long integer:
                json.WriteNumberValue(integer);
                break;
            case double real:
                // "1.0", not "1": read back, it must be a real again, not an integer.
                var text = real.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                json.WriteRawValue(text.Contains('.') || text.Contains('E') || text.Contains('N') || text.Contains('I') ? text : text + ".0", skipInputValidation: true);
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case byte[] blob:
                json.WriteStartObject();
                json.WriteString(BlobKey, Convert.ToBase64String(blob));
                json.WriteEndObject();
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }

    public static object Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.GetRawText().AsSpan().IndexOfAny(".eE") < 0 => element.GetInt64(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Object when element.TryGetProperty(BlobKey, out var blob) => blob.GetBytesFromBase64(),
        JsonValueKind.Null => DBNull.Value,
        _ => throw new FormatException($"A value of kind {element.ValueKind} is not a stored value."),
    };
}
