namespace MemberHub.Web.Infrastructure.Email;

public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody);

/// <summary>Delivers an e-mail: SMTP in production, a local outbox folder when SMTP is not configured.</summary>
public interface IEmailTransport
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
