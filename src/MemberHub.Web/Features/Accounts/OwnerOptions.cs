using System.ComponentModel.DataAnnotations;

namespace MemberHub.Web.Features.Accounts;

/// <summary>The first Owner account, created at start-up when both values are set (use user-secrets or environment variables).</summary>
public sealed class OwnerOptions : IValidatableObject
{
    public const string Section = "Owner";

    public string? Email { get; set; }

    public string? Password { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Email) != string.IsNullOrWhiteSpace(Password))
        {
            yield return new ValidationResult("and Owner:Password must be set together (or both left empty)", [nameof(Email)]);
        }
        if (!string.IsNullOrWhiteSpace(Email) && !new EmailAddressAttribute().IsValid(Email))
        {
            yield return new ValidationResult("must be an e-mail address", [nameof(Email)]);
        }
    }
}
