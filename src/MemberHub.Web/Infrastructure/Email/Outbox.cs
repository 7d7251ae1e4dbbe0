using MemberHub.Web.Data;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MemberHub.Web.Infrastructure.Email;

/// <summary>The local folder that stands in for SMTP: every message is one .eml file, newest last by name.</summary>
public sealed class Outbox(IOptions<EmailOptions> email, IOptions<StorageOptions> storage, IWebHostEnvironment environment, TimeProvider clock)
{
    public string Folder { get; } = Path.GetFullPath(Path.Combine(
        environment.ContentRootPath, storage.Value.DataDirectory, email.Value.OutboxDirectory));

    public async Task WriteAsync(EmailMessage message, string from, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fffffff}-{Guid.NewGuid():N}.eml";
        await MimeMessages.Create(message, from).WriteToAsync(Path.Combine(Folder, name), cancellationToken);
    }

    public IReadOnlyList<OutboxEntry> ReadNewestFirst(int max = 100)
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }
        return Directory.EnumerateFiles(Folder, "*.eml")
            .OrderByDescending(Path.GetFileName, StringComparer.Ordinal)
            .Take(max)
            .Select(Read)
            .ToList();
    }

    private static OutboxEntry Read(string path)
    {
        var message = MimeMessage.Load(path);
        return new OutboxEntry(
            Path.GetFileName(path),
            message.Date.UtcDateTime,
            string.Join(", ", message.To.Mailboxes.Select(m => m.Address)),
            message.Subject ?? "",
            message.HtmlBody ?? "",
            message.TextBody ?? "");
    }
}

public sealed record OutboxEntry(string FileName, DateTime SentUtc, string To, string Subject, string HtmlBody, string TextBody);

internal sealed class OutboxEmailTransport(Outbox outbox, IOptions<EmailOptions> options, ILogger<OutboxEmailTransport> logger) : IEmailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        await outbox.WriteAsync(message, options.Value.From, cancellationToken);
        logger.LogInformation("E-mail to {To} ({Subject}) written to the outbox {Folder}", message.To, message.Subject, outbox.Folder);
    }
}
