using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Accounts;

/// <summary>Tokens that expire the moment they are made, so every e-mailed link is already stale when opened.</summary>
public sealed class InstantlyExpiringLinksFactory : MemberHubFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.Zero));
    }
}

public class ExpiredLinkTests(InstantlyExpiringLinksFactory factory) : IClassFixture<InstantlyExpiringLinksFactory>
{
    [Fact]
    public async Task Expired_reset_link_is_refused_keeps_the_input_and_leaves_the_password()
    {
        using var client = factory.CreateTestClient();
        var user = await factory.CreateUserAsync();
        await client.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email! });

        var page = await client.SubmitAsync(factory.LinkInLatestEmailTo(user.Email!), "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email!,
            ["Input.Password"] = "Brand-new-pass-1",
            ["Input.ConfirmPassword"] = "Brand-new-pass-1",
        });

        Assert.Contains("This reset link is invalid or has expired", page.Text);
        Assert.Equal(user.Email, page.InputValue("Input.Email"));
        var stillOld = await client.LogInAsync(user.Email!, MemberHubFactory.Password);
        Assert.Equal("/", stillOld.Path);
    }

    [Fact]
    public async Task Expired_confirmation_link_is_refused()
    {
        using var client = factory.CreateTestClient();
        var email = $"late-{Guid.NewGuid():N}@test.memberhub.local";
        await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Late Larry",
            ["Input.Email"] = email,
            ["Input.Password"] = MemberHubFactory.Password,
            ["Input.ConfirmPassword"] = MemberHubFactory.Password,
        });

        var page = await client.GetAsync(factory.LinkInLatestEmailTo(email));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("invalid or has expired", page.Text);
    }
}
