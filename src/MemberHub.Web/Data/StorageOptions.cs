using System.ComponentModel.DataAnnotations;

namespace MemberHub.Web.Data;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the SQLite file, the e-mail outbox and other local state; relative paths start at the content root.</summary>
    [Required(ErrorMessage = "must name a folder the app can write to")]
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>
    /// Folder of the community's Markdown content (tracks, demo texts); relative paths start at the content root.
    /// Empty: <c>content</c> beside the app (a published build carries a copy), else the repository's <c>content/</c>
    /// when running from the source tree.
    /// </summary>
    public string? ContentDirectory { get; set; }

    public string ResolveContentDirectory(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ContentDirectory))
        {
            return Path.GetFullPath(Path.Combine(contentRoot, ContentDirectory));
        }
        string[] candidates =
        [
            Path.Combine(contentRoot, "content"),
            Path.Combine(contentRoot, "..", "..", "content"),
            Path.Combine(AppContext.BaseDirectory, "content"),
        ];
        return Path.GetFullPath(candidates.FirstOrDefault(Directory.Exists) ?? candidates[0]);
    }
}
