namespace MemberHub.Web.Infrastructure.Security;

/// <summary>
/// A POST anyone may send that writes a row (a page visit counted for the joining funnel): at most
/// <see cref="PermitsPerMinute"/> per client address, so a script cannot fill a table. The address is only the limiter's
/// key in memory; nothing stores it.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class CountedPerClientAttribute(int permitsPerMinute) : Attribute
{
    public int PermitsPerMinute { get; } = permitsPerMinute;
}
