using MemberHub.Testing;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Infrastructure;

/// <summary>The real app in memory (<see cref="AppFactory"/>), one per test class, with helpers to act as its people.</summary>
public class MemberHubFactory : AppFactory
{
    public const string Password = "Member-pass-2026";

    public Outbox Outbox => Services.GetRequiredService<Outbox>();

    /// <summary>The action link of the newest e-mail sent to <paramref name="to"/>, as a path and query on this site.</summary>
    public string LinkInLatestEmailTo(string to)
    {
        var message = Outbox.ReadNewestFirst(1000).FirstOrDefault(m => m.To.Contains(to, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No e-mail to {to} in the outbox");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(message.HtmlBody);
        var href = document.QuerySelector("a[href]")?.GetAttribute("href")
            ?? throw new InvalidOperationException($"The e-mail '{message.Subject}' has no link");
        return new Uri(href).PathAndQuery;
    }

    /// <summary>The address test clients use; https where cookies must be Secure (Production).</summary>
    protected virtual Uri ClientBaseAddress => new("http://localhost");

    public TestClient CreateTestClient() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = ClientBaseAddress,
    }), this);

    /// <summary>Creates a confirmed account directly (for tests that are not about registration).</summary>
    public async Task<ApplicationUser> CreateUserAsync(string? email = null, string? displayName = null, string? role = null,
        string? language = null, string? timeZone = null)
    {
        email ??= $"member-{Guid.NewGuid():N}@test.memberhub.local";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName ?? "Test " + email[..8],
            Language = language,
            TimeZoneId = timeZone,
        };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }
        return user;
    }

    public async Task<ApplicationUser> OwnerAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.FindByEmailAsync(OwnerEmail))!;
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
