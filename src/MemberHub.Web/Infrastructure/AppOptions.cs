using System.ComponentModel.DataAnnotations;

namespace MemberHub.Web.Infrastructure;

public sealed class AppOptions : IValidatableObject
{
    public const string Section = "App";

    /// <summary>The site's public address, for links in e-mails sent outside a request (notifications, digests).</summary>
    public string PublicUrl { get; set; } = "http://localhost:5000";

    public string Link(string path) => PublicUrl.TrimEnd('/') + "/" + path.TrimStart('/');

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("must be the site's absolute http(s) address, such as https://community.example.com", [nameof(PublicUrl)]);
        }
    }
}
