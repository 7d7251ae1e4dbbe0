using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace MemberHub.Web.Features.Content.Import;

/// <summary>track.md's front matter: the track and its stages.</summary>
public sealed class TrackFrontMatter
{
    [YamlMember(Alias = "title")] public string? Title { get; set; }
    [YamlMember(Alias = "title_zh")] public string? TitleZh { get; set; }
    [YamlMember(Alias = "description")] public string? Description { get; set; }
    [YamlMember(Alias = "description_zh")] public string? DescriptionZh { get; set; }
    [YamlMember(Alias = "order")] public int Order { get; set; }
    [YamlMember(Alias = "published"), DefaultValue(true)] public bool Published { get; set; } = true;
    [YamlMember(Alias = "stages")] public List<StageFrontMatter> Stages { get; set; } = [];
}

public sealed class StageFrontMatter
{
    [YamlMember(Alias = "key")] public string? Key { get; set; }
    [YamlMember(Alias = "name")] public string? Name { get; set; }
    [YamlMember(Alias = "name_zh")] public string? NameZh { get; set; }
}

/// <summary>A lesson file's front matter; the file name ("02-first-week.md") gives the order and slug when these omit them.</summary>
public sealed class LessonFrontMatter
{
    [YamlMember(Alias = "title")] public string? Title { get; set; }
    [YamlMember(Alias = "title_zh")] public string? TitleZh { get; set; }
    [YamlMember(Alias = "slug")] public string? Slug { get; set; }
    [YamlMember(Alias = "stage")] public string? Stage { get; set; }
    [YamlMember(Alias = "order")] public int? Order { get; set; }
    [YamlMember(Alias = "minutes")] public int Minutes { get; set; }
    [YamlMember(Alias = "min_rank")] public int MinRank { get; set; }
    [YamlMember(Alias = "release")] public string? Release { get; set; }
    [YamlMember(Alias = "drip_days")] public int? DripDays { get; set; }
    [YamlMember(Alias = "requires")] public List<string> Requires { get; set; } = [];
    [YamlMember(Alias = "attachments")] public List<AttachmentFrontMatter> Attachments { get; set; } = [];
    [YamlMember(Alias = "published"), DefaultValue(true)] public bool Published { get; set; } = true;
}

public sealed class AttachmentFrontMatter
{
    [YamlMember(Alias = "title")] public string? Title { get; set; }
    [YamlMember(Alias = "url")] public string? Url { get; set; }
}

/// <summary>A problem in a content file, with the line it is on, printed as "file:line: message".</summary>
public sealed class ContentFileException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}

/// <summary>
/// The content folder's file format, read by the importer and written by the export: YAML front matter between
/// "---" lines, then the English body, then optionally a line <c>&lt;!-- zh-Hans --&gt;</c> and the Chinese body.
/// </summary>
public static partial class TrackFiles
{
    public const string TrackFileName = "track.md";
    public const string ChineseMarker = "<!-- zh-Hans -->";
    public const string ReleaseFormat = "yyyy-MM-dd";

    private static readonly IDeserializer Reader = new DeserializerBuilder().Build();
    private static readonly ISerializer Writer = new SerializerBuilder()
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitDefaults | DefaultValuesHandling.OmitEmptyCollections)
        .Build();

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Splits a file into its front matter and its English and Chinese bodies.</summary>
    public static (T FrontMatter, string English, string Chinese, int BodyLine) Parse<T>(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new ContentFileException(1, "the file must start with front matter between two '---' lines");
        }
        var end = Array.FindIndex(lines, 1, line => line.Trim() == "---");
        if (end < 0)
        {
            throw new ContentFileException(1, "the front matter has no closing '---' line");
        }
        T frontMatter;
        try
        {
            frontMatter = Reader.Deserialize<T>(string.Join('\n', lines[1..end])) ?? throw new ContentFileException(2, "the front matter is empty");
        }
        catch (YamlException e)
        {
            // YAML counts from the line after the opening '---'.
            var line = (int)e.Start.Line + 1;
            throw new ContentFileException(line, FirstSentence(e));
        }
        var body = lines[(end + 1)..];
        var marker = Array.FindIndex(body, line => line.Trim() == ChineseMarker);
        var english = marker < 0 ? body : body[..marker];
        var chinese = marker < 0 ? [] : body[(marker + 1)..];
        return (frontMatter, string.Join('\n', english).Trim(), string.Join('\n', chinese).Trim(), end + 2);
    }

    public static string Write(object frontMatter, string english, string chinese)
    {
        var text = new StringBuilder("---\n").Append(Writer.Serialize(frontMatter)).Append("---\n\n").Append(english.Trim()).Append('\n');
        if (chinese.Trim().Length > 0)
        {
            text.Append('\n').Append(ChineseMarker).Append("\n\n").Append(chinese.Trim()).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The 1-based line where <paramref name="key"/> is set in the front matter, so a message points at it.</summary>
    public static int LineOf(string text, string key)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var index = Array.FindIndex(lines, line => line.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        return index < 0 ? 1 : index + 1;
    }

    public static bool TryParseRelease(string? value, out DateTime? releaseUtc)
    {
        releaseUtc = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        if (DateTime.TryParseExact(value.Trim(), ReleaseFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            releaseUtc = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
            return true;
        }
        return false;
    }

    /// <summary>"02-first-week.md" → (2, "first-week").</summary>
    public static (int? Order, string Slug) FromFileName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        var match = NumberedName().Match(name);
        return match.Success ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value) : (null, name);
    }

    public static bool IsSlug(string? slug) => slug is { Length: > 0 and <= Tracks.Track.SlugMaxLength } && SlugPattern().IsMatch(slug);

    private static string FirstSentence(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var cut = message.IndexOf(" (Line:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [GeneratedRegex(@"^(\d+)-(.+)$")]
    private static partial Regex NumberedName();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
