using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Portability;

/// <summary>Marker for export, import and backup strings (PortabilityText.resx, PortabilityText.zh-Hans.resx).</summary>
public sealed class PortabilityText
{
    /// <summary>Why archives and backups are refused on PostgreSQL, naming its own tools (as code on the page).</summary>
    public static string OnPostgres(IStringLocalizer<PortabilityText> text, bool asHtml = false)
    {
        string Tool(string name) => asHtml ? $"<code>{name}</code>" : name;
        return text["Portability.OnPostgres", Tool("pg_dump"), Tool("pg_restore"), Tool("docs/deploy.md")];
    }
}
