namespace MemberHub.Web.Infrastructure.Security;

/// <summary>
/// Marks a page whose form posts check a password, a code or send mail. The account rate limit applies to posts to
/// its endpoint however the path is spelled (case, trailing slash), because it is found by endpoint, not by path.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PasswordCheckedAttribute : Attribute;
