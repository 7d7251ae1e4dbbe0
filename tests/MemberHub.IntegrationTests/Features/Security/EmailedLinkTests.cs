using System.Net;
using MemberHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Security;

public sealed class PublicUrlFactory : MemberHubFactory
{
    public const string PublicUrl = "https://community.example.test";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["App:PublicUrl"] = PublicUrl };
}

/// <summary>E-mailed links start at App:PublicUrl whatever Host header the request that caused them carried.</summary>
public class EmailedLinkTests(PublicUrlFactory factory) : IClassFixture<PublicUrlFactory>
{
    private TestClient ClientWithForgedHost()
    {
        var client = factory.CreateTestClient();
        client.Http.DefaultRequestHeaders.Host = "evil.example";
        return client;
    }

    private string NewestLinkTo(string email)
    {
        var message = factory.Outbox.ReadNewestFirst(100).First(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase));
        var href = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(message.HtmlBody).QuerySelector("a[href]")!.GetAttribute("href")!;
        Assert.DoesNotContain("evil.example", message.HtmlBody + message.TextBody);
        return href;
    }

    [Fact]
    public async Task Password_reset_link_posted_with_a_foreign_host_starts_at_the_public_url()
    {
        using var client = ClientWithForgedHost();
        var user = await factory.CreateUserAsync();

        await client.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email! });

        Assert.StartsWith(PublicUrlFactory.PublicUrl + "/Account/ResetPassword?code=", NewestLinkTo(user.Email!));
    }

    [Fact]
    public async Task Confirmation_link_of_a_registration_with_a_foreign_host_starts_at_the_public_url()
    {
        using var client = ClientWithForgedHost();
        var email = $"new-{Guid.NewGuid():N}@test.memberhub.local";

        await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "New Member", ["Input.Email"] = email,
            ["Input.Password"] = MemberHubFactory.Password, ["Input.ConfirmPassword"] = MemberHubFactory.Password,
        });

        Assert.StartsWith(PublicUrlFactory.PublicUrl + "/Account/ConfirmEmail?userId=", NewestLinkTo(email));
    }

    [Fact]
    public async Task Resent_confirmation_link_starts_at_the_public_url()
    {
        using var client = ClientWithForgedHost();
        var email = $"unconfirmed-{Guid.NewGuid():N}@test.memberhub.local";
        await factory.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<MemberHub.Web.Features.Accounts.ApplicationUser>>();
            return await users.CreateAsync(new() { UserName = email, Email = email, DisplayName = "Unconfirmed" }, MemberHubFactory.Password);
        });

        await client.SubmitAsync("/Account/ResendEmailConfirmation", "resend-email-confirmation", new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.StartsWith(PublicUrlFactory.PublicUrl + "/Account/ConfirmEmail?userId=", NewestLinkTo(email));
    }
}

public sealed class ProductionFactory : MemberHubFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["App:PublicUrl"] = "https://community.example.test",
        ["Stripe:TestMode"] = "true",
    };

    protected override Uri ClientBaseAddress => new("https://community.example.test");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public class ProductionHostTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Outside_development_a_foreign_host_is_refused()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://community.example.test") });

        using var own = await GetAsync(client, "/Account/ForgotPassword", "community.example.test");
        using var foreign = await GetAsync(client, "/Account/ForgotPassword", "evil.example");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
    }

    [Fact]
    public async Task The_health_probe_answers_whatever_host_the_load_balancer_uses()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://10.1.2.3:8080") });

        using var probe = await GetAsync(client, "/healthz", "10.1.2.3:8080");

        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
    }

    [Fact]
    public async Task A_page_answered_over_plain_http_still_renders_and_so_does_the_error_page()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://community.example.test") });

        using var home = await GetAsync(client, "/", "community.example.test");
        using var missing = await GetAsync(client, "/no/such/page", "community.example.test");

        // Without an https port the app cannot redirect; it must still answer, not fail.
        Assert.True(home.StatusCode is HttpStatusCode.OK or HttpStatusCode.TemporaryRedirect, home.StatusCode.ToString());
        Assert.True(missing.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.TemporaryRedirect, missing.StatusCode.ToString());
    }
}
