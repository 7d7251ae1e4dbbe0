namespace MemberHub.Web.Features.Accounts;

/// <summary>Strings of the account pages, e-mails and People page (AccountsText.resx, AccountsText.zh-Hans.resx).</summary>
public sealed class AccountsText;
