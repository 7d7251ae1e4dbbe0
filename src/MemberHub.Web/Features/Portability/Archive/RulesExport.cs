using System.Text;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Community.Profiles;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Portability.Archive;

/// <summary>Every version of the rules as Markdown (<c>content/rules/v{n}.md</c>, and <c>v{n}.zh-Hans.md</c> where written in Chinese).</summary>
public static class RulesExport
{
    public static async Task<IReadOnlyList<(string Path, string Text)>> FilesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // A version per change of the rules: a handful, read at once.
        var versions = await db.Set<PublishedRules>().AsNoTracking().OrderBy(r => r.Version).ToListAsync(cancellationToken);
        var files = new List<(string, string)>();
        foreach (var version in versions)
        {
            files.Add(($"v{version.Version}.md", Markdown(version, version.RulesMarkdown)));
            if (version.RulesMarkdownZh.Length > 0)
            {
                files.Add(($"v{version.Version}.zh-Hans.md", Markdown(version, version.RulesMarkdownZh)));
            }
        }
        return files;
    }

    private static string Markdown(PublishedRules version, string rules) => new StringBuilder()
        .Append("---\n")
        .Append("version: ").Append(version.Version).Append('\n')
        .Append("published: ").Append(ThreadExport.Date(version.PublishedAtUtc)).Append('\n')
        .Append("---\n\n")
        .Append(rules.Trim()).Append('\n')
        .ToString();
}
