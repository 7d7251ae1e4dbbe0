using System.ComponentModel.DataAnnotations;

namespace MemberHub.Web.Infrastructure.Security;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Password checks (log-in, registration, reset) allowed per client address per window.</summary>
    [Range(1, 10_000, ErrorMessage = "must be between 1 and 10000")]
    public int AccountPermitLimit { get; set; } = 10;

    [Range(1, 3_600, ErrorMessage = "must be between 1 and 3600 seconds")]
    public int AccountWindowSeconds { get; set; } = 60;
}
