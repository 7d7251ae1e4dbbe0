using Microsoft.AspNetCore.Identity;

namespace MemberHub.Web.Features.Accounts;

public class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 64;

    [PersonalData]
    public string DisplayName { get; set; } = "";

    /// <summary>"en" or "zh-Hans"; null means "follow the browser".</summary>
    [PersonalData]
    public string? Language { get; set; }

    /// <summary>An IANA time zone id such as "Asia/Shanghai"; null means the community's default.</summary>
    [PersonalData]
    public string? TimeZoneId { get; set; }

    [PersonalData]
    public DateTime CreatedAtUtc { get; set; }

    public string NameForDisplay => DisplayNames.Of(DisplayName, Email ?? UserName ?? Id);
}
