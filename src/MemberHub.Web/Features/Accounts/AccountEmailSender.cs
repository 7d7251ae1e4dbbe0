using System.Net;
using MemberHub.Web.Infrastructure.Email;
using MemberHub.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Accounts;

/// <summary>Identity's account e-mails (confirm, reset), written in the member's own language.</summary>
public sealed class AccountEmailSender(IEmailTransport transport, IStringLocalizer<AccountsText> text) : IEmailSender<ApplicationUser>
{
    // The template hands links over HTML-encoded; the layout encodes again, so decode first.
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        SendAsync(user, email, "Email.Confirm.Subject", "Email.Confirm.Body", "Email.Confirm.Action", WebUtility.HtmlDecode(confirmationLink));

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        SendAsync(user, email, "Email.Reset.Subject", "Email.Reset.Body", "Email.Reset.Action", WebUtility.HtmlDecode(resetLink));

    /// <summary>Registering with a taken address: the page answers as for a new account; the owner of the address hears of it.</summary>
    public Task SendAccountExistsAsync(ApplicationUser user, string email, string loginLink) =>
        SendAsync(user, email, "Email.Exists.Subject", "Email.Exists.Body", "Email.Exists.Action", loginLink);

    /// <summary>A member brought over from another platform: welcome, and a link to choose a password (a reset link).</summary>
    public Task SendInvitationAsync(ApplicationUser user, string email, string setPasswordLink, string community) =>
        SendAsync(user, email, "Email.Invite.Subject", "Email.Invite.Body", "Email.Invite.Action", setPasswordLink, community);

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        SendAsync(user, email, "Email.ResetCode.Subject", "Email.ResetCode.Body", null, null, resetCode);

    private async Task SendAsync(ApplicationUser user, string email, string subjectKey, string bodyKey, string? actionKey, string? url, string? code = null)
    {
        using (new UiCultureScope(user.Language))
        {
            var greeting = text["Email.Greeting", user.NameForDisplay].Value;
            var body = code is null ? text[bodyKey].Value : text[bodyKey, code].Value;
            var message = EmailLayout.Compose(email, text[subjectKey], [greeting, body],
                actionKey is null ? null : text[actionKey].Value, url, text["Email.Footer"]);
            await transport.SendAsync(message);
        }
    }
}
