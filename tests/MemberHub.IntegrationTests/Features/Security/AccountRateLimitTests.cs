using System.Net;
using MemberHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Security;

public class TenPerHourFactory : MemberHubFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:AccountPermitLimit"] = "10",
        ["Security:AccountWindowSeconds"] = "3600",
    };
}

public sealed class TrailingSlashFactory : TenPerHourFactory;

public sealed class ChangePasswordFactory : TenPerHourFactory;

public sealed class DeleteAccountFactory : TenPerHourFactory;

/// <summary>Every request arrives from one proxy address (10.0.0.1), as behind a reverse proxy.</summary>
public sealed class BehindProxyFactory : MemberHubFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:AccountPermitLimit"] = "3",
        ["Security:AccountWindowSeconds"] = "3600",
        ["Security:KnownProxies:0"] = "10.0.0.1",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FromProxy>());
    }

    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.1");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public class TrailingSlashRateLimitTests(TrailingSlashFactory factory) : IClassFixture<TrailingSlashFactory>
{
    [Fact]
    public async Task Twelve_log_in_posts_to_a_path_with_a_trailing_slash_meet_429s()
    {
        using var client = factory.CreateTestClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            var form = await client.GetAsync("/Account/Login");
            statuses.Add((await client.PostRawAsync("/Account/Login/", form, "login", new Dictionary<string, string>
            {
                // An unknown address: wrong passwords for a real one would lock it out after five.
                ["Input.Email"] = "nobody@test.memberhub.local", ["Input.Password"] = "Wrong-pass-1",
            })).StatusCode);
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses[10..]);
    }
}

public static class PasswordPageFlood
{
    /// <summary>Signs in (one limited post) and posts a wrong password to <paramref name="path"/> eleven times.</summary>
    public static async Task<List<HttpStatusCode>> FloodAsync(MemberHubFactory factory, string path, string form, string passwordField)
    {
        var user = await factory.CreateUserAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(user.Email!, MemberHubFactory.Password);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            var page = await client.GetAsync(path);
            statuses.Add((await client.PostRawAsync(path, page, form, new Dictionary<string, string>
            {
                [passwordField] = "Wrong-pass-1", ["Input.NewPassword"] = "Another-pass-1", ["Input.ConfirmPassword"] = "Another-pass-1",
            })).StatusCode);
        }
        return statuses;
    }
}

public class ChangePasswordRateLimitTests(ChangePasswordFactory factory) : IClassFixture<ChangePasswordFactory>
{
    [Fact]
    public async Task Change_password_checks_of_the_old_password_are_rate_limited()
    {
        var statuses = await PasswordPageFlood.FloodAsync(factory, "/Account/Manage/ChangePassword", "change-password", "Input.OldPassword");

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.DoesNotContain(HttpStatusCode.InternalServerError, statuses);
    }
}

public class DeleteAccountRateLimitTests(DeleteAccountFactory factory) : IClassFixture<DeleteAccountFactory>
{
    [Fact]
    public async Task Delete_account_checks_of_the_password_are_rate_limited()
    {
        var statuses = await PasswordPageFlood.FloodAsync(factory, "/Account/Manage/DeletePersonalData", "delete-user", "Input.Password");

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.DoesNotContain(HttpStatusCode.InternalServerError, statuses);
    }
}

public class ForwardedClientRateLimitTests(BehindProxyFactory factory) : IClassFixture<BehindProxyFactory>
{
    private async Task<HttpStatusCode> FailedLogInFromAsync(TestClient client, string clientAddress)
    {
        var form = await client.GetAsync("/Account/Login");
        return (await client.PostRawAsync("/Account/Login", form, "login", new Dictionary<string, string>
        {
            ["Input.Email"] = "nobody@test.memberhub.local", ["Input.Password"] = "Wrong-pass-1",
        }, new Dictionary<string, string> { ["X-Forwarded-For"] = clientAddress })).StatusCode;
    }

    [Fact]
    public async Task Behind_a_known_proxy_one_client_cannot_exhaust_another_clients_limit()
    {
        using var flooder = factory.CreateTestClient();
        using var other = factory.CreateTestClient();
        var flood = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            flood.Add(await FailedLogInFromAsync(flooder, "203.0.113.7"));
        }

        var otherClient = await FailedLogInFromAsync(other, "198.51.100.9");

        Assert.Equal(HttpStatusCode.TooManyRequests, flood[^1]);
        Assert.Equal(HttpStatusCode.OK, otherClient);
    }
}
