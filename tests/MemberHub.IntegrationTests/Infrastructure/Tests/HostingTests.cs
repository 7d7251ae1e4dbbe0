using System.Net;

namespace MemberHub.IntegrationTests.Infrastructure.Tests;

public class HostingTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    [Fact]
    public async Task Health_endpoint_answers_200_when_the_database_is_reachable()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    public async Task Pages_carry_the_security_headers(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Pages_have_no_inline_scripts_so_the_policy_can_forbid_them()
    {
        using var client = factory.CreateTestClient();
        var page = await client.GetAsync("/");
        Assert.All(page.Document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), s.OuterHtml));
    }

    [Fact]
    public async Task Form_posts_without_an_antiforgery_token_are_refused()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(
        [
            new("_handler", "login"),
            new("Input.Email", MemberHubFactory.OwnerEmail),
            new("Input.Password", MemberHubFactory.OwnerPassword),
        ]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_page_is_a_404_page_not_an_error()
    {
        using var client = factory.CreateTestClient();
        var page = await client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Page not found", page.Text);
    }

    [Fact]
    public async Task Chinese_pages_are_served_as_utf8_text_not_character_references()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("首页", html);
        Assert.DoesNotMatch(@"&#x[0-9A-Fa-f]{4};", html);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_for_browsers_that_ask(string encoding)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(encoding, response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData(null, "/theme/light.css")]
    [InlineData("dark", "/theme/dark.css")]
    public async Task The_theme_is_a_cached_stylesheet_not_variables_written_into_every_page(string? choice, string sheet)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (choice is not null)
        {
            request.Headers.Add("Cookie", "mh.theme=" + choice);
        }
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("--mud-palette-primary:", html);
        var href = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/theme/[a-z]+\\.css\\?v=[0-9a-f]+)\" id=\"theme-stylesheet\"").Groups[1].Value;
        Assert.StartsWith(sheet + "?v=", href);

        using var css = await client.GetAsync(href);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", css.Headers.CacheControl?.ToString());
        var text = await css.Content.ReadAsStringAsync();
        Assert.Contains("--mud-palette-primary:", text);
        Assert.Contains("--mud-native-html-color-scheme: " + (choice ?? "light"), text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/theme/other.css")).StatusCode);
    }

    [Fact]
    public async Task Health_probe_answers_before_the_page_pipeline()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        // A broken sign-in cookie and an unknown language change nothing for the probe.
        request.Headers.Add("Cookie", ".MemberHub.Auth=garbage");
        request.Headers.AcceptLanguage.ParseAdd("xx-XX");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Outbox_page_lists_sent_mail_in_development()
    {
        using var client = factory.CreateTestClient();
        await client.SubmitAsync("/Account/ForgotPassword", "forgot-password",
            new Dictionary<string, string> { ["Input.Email"] = MemberHubFactory.OwnerEmail });

        var page = await client.GetAsync("/dev/outbox");

        Assert.Contains("Reset your password", page.Text);
    }
}

public sealed class StrictRateLimitFactory : MemberHubFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:AccountPermitLimit"] = "3",
        ["Security:AccountWindowSeconds"] = "3600",
    };
}

public class RateLimitTests(StrictRateLimitFactory factory) : IClassFixture<StrictRateLimitFactory>
{
    [Fact]
    public async Task Log_in_flood_from_one_address_gets_429_while_other_pages_still_answer()
    {
        using var client = factory.CreateTestClient();
        for (var i = 0; i < 3; i++)
        {
            var page = await client.LogInAsync(MemberHubFactory.OwnerEmail, "Wrong-pass-1");
            Assert.Equal(HttpStatusCode.OK, page.Status);
        }

        var refused = await client.LogInAsync(MemberHubFactory.OwnerEmail, MemberHubFactory.OwnerPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("Too many attempts", refused.Html);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
    }
}
