using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MemberHub.Tests.Infrastructure;

/// <summary>Every string the UI asks for exists in English and in Chinese, with the same placeholders.</summary>
public partial class ResourceFilesTests
{
    private static readonly string Source = Path.Combine(RepositoryRoot(), "src", "MemberHub.Web");

    public static TheoryData<string> NeutralResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Source, "*.resx", SearchOption.AllDirectories)
                     .Where(f => !Path.GetFileName(f).Contains(".zh-Hans.", StringComparison.Ordinal) && !f.Contains("/bin/") && !f.Contains("/obj/")))
        {
            data.Add(Path.GetRelativePath(Source, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void Chinese_resources_have_every_english_key_with_the_same_placeholders(string relativePath)
    {
        var english = Read(Path.Combine(Source, relativePath));
        var chinese = Read(Path.Combine(Source, relativePath.Replace(".resx", ".zh-Hans.resx")));

        Assert.Empty(english.Keys.Except(chinese.Keys));
        Assert.Empty(chinese.Keys.Except(english.Keys));
        foreach (var (key, value) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(chinese[key]), $"{key} is empty in Chinese");
            Assert.Equal(Placeholders(value), Placeholders(chinese[key]));
        }
    }

    [Fact]
    public void Every_key_the_code_asks_for_exists()
    {
        var known = Directory.EnumerateFiles(Source, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/"))
            .SelectMany(f => Read(f).Keys)
            .ToHashSet();
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".razor") || f.EndsWith(".cs")) && !f.Contains("/bin/") && !f.Contains("/obj/")))
        {
            foreach (Match match in LocalizerKey().Matches(File.ReadAllText(file)))
            {
                if (!known.Contains(match.Groups[1].Value))
                {
                    missing.Add($"{Path.GetFileName(file)}: {match.Groups[1].Value}");
                }
            }
        }
        Assert.Empty(missing);
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    private static string Placeholders(string value) =>
        string.Join(",", PlaceholderPattern().Matches(value).Select(m => m.Value).Distinct().Order());

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    // L["Key"], T["Key"], text["Key", ...] with a literal key made of letters, digits and dots.
    [GeneratedRegex(@"\b(?:L|T|text)\[""([A-Za-z0-9]+\.[A-Za-z0-9.]+)""")]
    private static partial Regex LocalizerKey();

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MemberHub.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("MemberHub.sln not found above " + AppContext.BaseDirectory);
    }
}
