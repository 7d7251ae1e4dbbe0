using System.ComponentModel.DataAnnotations;

namespace MemberHub.Web.Infrastructure.Email;

public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    [Required(ErrorMessage = "must be a sender address such as \"Community <no-reply@example.com>\"")]
    public string From { get; set; } = "MemberHub <no-reply@memberhub.local>";

    /// <summary>Where messages go when no SMTP host is set; relative to the data folder.</summary>
    public string OutboxDirectory { get; set; } = "outbox";

    public SmtpOptions Smtp { get; set; } = new();

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MimeKit.MailboxAddress.TryParse(From, out _))
        {
            yield return new ValidationResult("must be a sender address such as \"Community <no-reply@example.com>\"", [nameof(From)]);
        }
    }
}

public sealed class SmtpOptions
{
    /// <summary>Empty means "no SMTP": messages are written to the local outbox instead.</summary>
    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "must be a port number between 1 and 65535")]
    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Auto, None, SslOnConnect, StartTls or StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    [AllowedValues("Auto", "None", "SslOnConnect", "StartTls", "StartTlsWhenAvailable",
        ErrorMessage = "must be one of Auto, None, SslOnConnect, StartTls, StartTlsWhenAvailable")]
    public string Security { get; set; } = "StartTls";
}
