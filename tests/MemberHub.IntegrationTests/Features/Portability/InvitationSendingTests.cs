using System.Text;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Portability.MovingIn;
using MemberHub.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Portability;

/// <summary>A mail server that refuses the addresses <see cref="Refuses"/> picks; the rest go to the outbox.</summary>
public sealed class MailServerDownFactory : MemberHubFactory
{
    public Func<string, bool> Refuses { get; set; } = _ => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IEmailTransport>(sp =>
            new SometimesDown(this, sp.GetRequiredService<OutboxEmailTransport>())));
    }

    private sealed class SometimesDown(MailServerDownFactory factory, IEmailTransport inner) : IEmailTransport
    {
        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default) =>
            factory.Refuses(message.To) ? throw new IOException("421 mail server not available") : inner.SendAsync(message, cancellationToken);
    }
}

public class InvitationSendingTests(MailServerDownFactory factory) : IClassFixture<MailServerDownFactory>
{
    [Fact]
    public async Task Invitations_the_mail_server_refused_wait_for_a_later_pass_and_are_given_up_after_five_attempts()
    {
        var owner = (await factory.OwnerAsync()).Id;
        var import = factory.Services.GetRequiredService<MemberImport>();
        var sender = factory.Services.GetRequiredService<InvitationSender>();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var file = Encoding.UTF8.GetBytes($"Email,Name\nlate-{tag}@example.com,Late\nnever-{tag}@example.com,Never\n");
        factory.Refuses = _ => true;

        var imported = await import.ImportAsync(owner, file, new MemberImportPlan(new MemberColumns(0, Name: 1)));
        Assert.True(imported.Succeeded, imported.Error);
        await sender.RunOnceAsync(CancellationToken.None);

        // Both accounts are there; nothing was sent and both invitations wait, with the server's answer kept.
        var counts = (await import.InvitationsAsync(owner))!;
        Assert.Equal((2, 0, 0), (counts.Waiting, counts.Sent, counts.Failed));
        var waiting = await factory.QueryAsync(db => db.Set<MemberInvitation>().Where(i => i.SentAtUtc == null).ToListAsync());
        Assert.Contains(waiting, i => i.LastError == "421 mail server not available" && i.Attempts >= 1);

        // The server back for one address but not the other: the one is sent once, the other given up after its fifth attempt.
        factory.Refuses = to => to.Contains($"never-{tag}", StringComparison.Ordinal);
        for (var pass = 2; pass <= MemberInvitation.MaxAttempts + 1; pass++)
        {
            await sender.RunOnceAsync(CancellationToken.None);
        }

        counts = (await import.InvitationsAsync(owner))!;
        Assert.Equal((0, 1, 1), (counts.Waiting, counts.Sent, counts.Failed));
        Assert.StartsWith("/Account/ResetPassword?code=", factory.LinkInLatestEmailTo($"late-{tag}@example.com"));
        Assert.Single(factory.Outbox.ReadNewestFirst(1000), m => m.To.Contains($"late-{tag}", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Outbox.ReadNewestFirst(1000), m => m.To.Contains($"never-{tag}", StringComparison.Ordinal));
        Assert.Null(await import.InvitationsAsync((await factory.CreateUserAsync()).Id));
    }
}
