using MemberHub.Web.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Accounts;

/// <summary>
/// Links that go out by e-mail (confirm, reset, change address). They start at App:PublicUrl, never at the request's
/// Host header: otherwise a forged Host would mail the victim a reset link to the attacker's site.
/// </summary>
public sealed class AccountLinks(IOptions<AppOptions> app)
{
    public string To(string path, IDictionary<string, string?> query) =>
        QueryHelpers.AddQueryString(app.Value.Link(path), query.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
}
