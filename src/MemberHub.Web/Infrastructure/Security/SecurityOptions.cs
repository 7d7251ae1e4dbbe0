using System.ComponentModel.DataAnnotations;

namespace MemberHub.Web.Infrastructure.Security;

public sealed class SecurityOptions : IValidatableObject
{
    public const string Section = "Security";

    /// <summary>Password checks (log-in, registration, reset) allowed per client address per window.</summary>
    [Range(1, 10_000, ErrorMessage = "must be between 1 and 10000")]
    public int AccountPermitLimit { get; set; } = 10;

    [Range(1, 3_600, ErrorMessage = "must be between 1 and 3600 seconds")]
    public int AccountWindowSeconds { get; set; } = 60;

    /// <summary>Addresses of the reverse proxies in front of the app, whose X-Forwarded-For is trusted. Empty: none.</summary>
    public string[] KnownProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !System.Net.IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"must list IP addresses ('{proxy}' is not one)", [nameof(KnownProxies)]);
        }
    }
}
