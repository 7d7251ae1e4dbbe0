using System.ComponentModel.DataAnnotations;

namespace MemberHub.Web.Data;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the SQLite file, the e-mail outbox and other local state; relative paths start at the content root.</summary>
    [Required(ErrorMessage = "must name a folder the app can write to")]
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Folder of the community's Markdown content (tracks, demo texts); relative paths start at the content root.</summary>
    [Required(ErrorMessage = "must name the folder that holds the community's Markdown content")]
    public string ContentDirectory { get; set; } = "../../content";

    public string ResolveContentDirectory(string contentRoot) => Path.GetFullPath(Path.Combine(contentRoot, ContentDirectory));
}
