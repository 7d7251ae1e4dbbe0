using System.Text;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Jobs;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Features.Portability.MovingIn;

/// <summary>
/// Sends imported members their invitations, a batch every half minute: the link to choose a password is made at the
/// moment of sending (so it has its whole lifetime ahead of it), and a failed send is tried again on later passes.
/// </summary>
public sealed class InvitationSender(
    IServiceScopeFactory scopes, AccountLinks links, CommunitySettingsService community, JobLeases leases, TimeProvider clock,
    ILogger<InvitationSender> logger) : PeriodicPass(leases, clock, logger)
{
    private const int Batch = 200;

    // One pass at a time in this instance, so the pass at start-up and one asked for never send an invitation twice.
    private readonly SemaphoreSlim pass = new(1, 1);

    protected override TimeSpan Interval => TimeSpan.FromSeconds(30);

    protected override async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        await pass.WaitAsync(cancellationToken);
        try
        {
            return await SendWaitingAsync(cancellationToken);
        }
        finally
        {
            pass.Release();
        }
    }

    private async Task<int> SendWaitingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var mail = scope.ServiceProvider.GetRequiredService<AccountEmailSender>();
        var name = (await community.GetAsync(cancellationToken)).Name;
        var sent = 0;
        var after = 0;
        while (true)
        {
            var waiting = await db.Set<MemberInvitation>().Where(MemberInvitation.IsWaiting).Where(i => i.Id > after)
                .OrderBy(i => i.Id).Take(Batch).ToListAsync(cancellationToken);
            if (waiting.Count == 0)
            {
                return sent;
            }
            after = waiting[^1].Id;
            foreach (var invitation in waiting)
            {
                if (await users.FindByIdAsync(invitation.UserId) is not { Email: { } email } user)
                {
                    (invitation.Attempts, invitation.LastError) = (MemberInvitation.MaxAttempts, "The account has no e-mail address.");
                    await db.SaveChangesAsync(cancellationToken);
                    continue;
                }
                try
                {
                    var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
                    await mail.SendInvitationAsync(user, email, links.To("Account/ResetPassword", new Dictionary<string, string?> { ["code"] = code }), name);
                    invitation.SentAtUtc = Clock.GetUtcNow().UtcDateTime;
                    sent++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The account is there and "Forgot password" works meanwhile; the next pass tries again.
                    invitation.Attempts++;
                    invitation.LastError = e.Message.Length > MemberInvitation.ErrorMaxLength ? e.Message[..MemberInvitation.ErrorMaxLength] : e.Message;
                    Logger.LogWarning(e, "The invitation to {User} could not be sent (attempt {Attempt})", user.Id, invitation.Attempts);
                }
                // Saved after each one: a pass stopped halfway never sends the ones already sent again.
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }
}
