using System.Net;
using MemberHub.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace MemberHub.IntegrationTests.Features.Accounts;

public class AccountJourneyTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private static string NewEmail() => $"learner-{Guid.NewGuid():N}@test.memberhub.local";

    private static Dictionary<string, string> Registration(string email, string name = "Ada Learner", string password = MemberHubFactory.Password) => new()
    {
        ["Input.DisplayName"] = name,
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    [Fact]
    public async Task Visitor_registers_confirms_email_from_outbox_and_logs_in()
    {
        using var client = factory.CreateTestClient();
        var email = NewEmail();

        var registered = await client.SubmitAsync("/Account/Register", "register", Registration(email));
        Assert.Equal("/Account/RegisterConfirmation", registered.Path);
        Assert.Contains(email, registered.Text);

        var beforeConfirming = await client.LogInAsync(email, MemberHubFactory.Password);
        Assert.Equal("/Account/Login", beforeConfirming.Path);
        Assert.Contains("Please confirm your e-mail address first", beforeConfirming.Text);

        var confirmed = await client.GetAsync(factory.LinkInLatestEmailTo(email));
        Assert.Equal(HttpStatusCode.OK, confirmed.Status);
        Assert.Contains("Thank you for confirming your e-mail", confirmed.Text);

        var home = await client.LogInAsync(email, MemberHubFactory.Password);
        Assert.Equal("/", home.Path);
        Assert.Contains("Ada Learner", home.Find("#user-menu")!.TextContent);
    }

    [Fact]
    public async Task Wrong_confirmation_token_is_refused_with_a_message()
    {
        using var client = factory.CreateTestClient();
        var user = await factory.CreateUserAsync();

        var page = await client.GetAsync($"/Account/ConfirmEmail?userId={user.Id}&code=bm90LWEtdG9rZW4");
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("invalid or has expired", page.Text);

        var garbage = await client.GetAsync($"/Account/ConfirmEmail?userId={user.Id}&code=%%%");
        Assert.Equal(HttpStatusCode.BadRequest, garbage.Status);
    }

    [Theory]
    [InlineData("not-an-email", "Ada", "Member-pass-2026", "Enter a valid e-mail address")]
    [InlineData(null, "Ada", "weakpass", "must contain an uppercase letter")]
    [InlineData(null, "Ada", "short", "between 8 and 100 characters")]
    [InlineData(null, "", "Member-pass-2026", "This field is required")]
    public async Task Bad_registration_shows_a_message_keeps_the_input_and_creates_nothing(string? email, string name, string password, string message)
    {
        using var client = factory.CreateTestClient();
        email ??= NewEmail();

        var page = await client.SubmitAsync("/Account/Register", "register", Registration(email, name, password));

        Assert.Equal("/Account/Register", page.Path);
        Assert.Contains(message, page.Text);
        Assert.Equal(email, page.InputValue("Input.Email"));
        Assert.Null(await FindUserAsync(email));
    }

    [Fact]
    public async Task Display_name_over_64_characters_is_refused()
    {
        using var client = factory.CreateTestClient();
        var email = NewEmail();
        var longName = new string('x', 65);

        var page = await client.SubmitAsync("/Account/Register", "register", Registration(email, longName));

        Assert.Contains("Must be at most 64 characters", page.Text);
        Assert.Equal(longName, page.InputValue("Input.DisplayName"));
        Assert.Null(await FindUserAsync(email));
    }

    [Fact]
    public async Task Registering_with_a_taken_address_answers_as_for_a_new_account_and_mails_its_owner()
    {
        using var client = factory.CreateTestClient();
        var existing = await factory.CreateUserAsync();
        var fresh = $"fresh-{Guid.NewGuid():N}@test.memberhub.local";

        var taken = await client.SubmitAsync("/Account/Register", "register", Registration(existing.Email!));
        var open = await client.SubmitAsync("/Account/Register", "register", Registration(fresh));

        Assert.Equal("/Account/RegisterConfirmation", taken.Path);
        Assert.Equal(open.Find("[data-testid=check-email]")!.TextContent.Replace(fresh, ""),
            taken.Find("[data-testid=check-email]")!.TextContent.Replace(existing.Email!, ""));
        Assert.Empty(taken.FieldMessages);
        var mail = factory.Outbox.ReadNewestFirst(100).First(m => m.To.Contains(existing.Email!));
        Assert.Contains("already have one", mail.TextBody);
        Assert.Equal("/Account/Login", factory.LinkInLatestEmailTo(existing.Email!));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        using var client = factory.CreateTestClient();
        var user = await factory.CreateUserAsync();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await client.LogInAsync(user.Email!, "Wrong-pass-1");
            Assert.Contains("The e-mail or password is not correct", failed.Text);
        }
        var fifth = await client.LogInAsync(user.Email!, "Wrong-pass-1");
        Assert.Equal("/Account/Lockout", fifth.Path);

        var rightPassword = await client.LogInAsync(user.Email!, MemberHubFactory.Password);
        Assert.Equal("/Account/Lockout", rightPassword.Path);
    }

    [Fact]
    public async Task Member_sets_up_an_authenticator_and_then_needs_its_code_to_log_in()
    {
        using var client = factory.CreateTestClient();
        var user = await factory.CreateUserAsync();
        await client.LogInAsync(user.Email!, MemberHubFactory.Password);

        var setup = await client.GetAsync("/Account/Manage/EnableAuthenticator");
        Assert.NotNull(setup.Find("img[data-testid=qr-code]"));
        var key = setup.Find("kbd[data-testid=shared-key]")!.TextContent.Replace(" ", "").ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));

        var wrong = await setup.SubmitAsync(client, "send-code", new Dictionary<string, string> { ["Input.Code"] = "000000" == totp.ComputeTotp() ? "111111" : "000000" });
        Assert.Contains("verification code is not valid", wrong.Text);

        var verified = await setup.SubmitAsync(client, "send-code", new Dictionary<string, string> { ["Input.Code"] = totp.ComputeTotp() });
        Assert.Equal(10, verified.Find("[data-testid=recovery-codes]")!.QuerySelectorAll("code").Length);

        using var second = factory.CreateTestClient();
        var challenge = await second.LogInAsync(user.Email!, MemberHubFactory.Password);
        Assert.Equal("/Account/LoginWith2fa", challenge.Path);
        var done = await challenge.SubmitAsync(second, "login-with-2fa", new Dictionary<string, string> { ["Input.TwoFactorCode"] = totp.ComputeTotp() });
        Assert.Equal("/", done.Path);
        Assert.NotNull(done.Find("#logout"));
    }

    [Fact]
    public async Task Two_factor_page_without_a_password_step_sends_back_to_log_in()
    {
        using var client = factory.CreateTestClient();
        var page = await client.GetAsync("/Account/LoginWith2fa");
        Assert.Equal("/Account/Login", page.Path);
    }

    [Fact]
    public async Task Forgotten_password_is_reset_through_the_emailed_link()
    {
        using var client = factory.CreateTestClient();
        var user = await factory.CreateUserAsync();

        await client.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email! });
        var link = factory.LinkInLatestEmailTo(user.Email!);
        var done = await client.SubmitAsync(link, "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email!,
            ["Input.Password"] = "Brand-new-pass-1",
            ["Input.ConfirmPassword"] = "Brand-new-pass-1",
        });
        Assert.Equal("/Account/ResetPasswordConfirmation", done.Path);

        var home = await client.LogInAsync(user.Email!, "Brand-new-pass-1");
        Assert.Equal("/", home.Path);
    }

    [Fact]
    public async Task Tampered_reset_link_is_refused_with_a_way_forward()
    {
        using var client = factory.CreateTestClient();
        var user = await factory.CreateUserAsync();
        var stale = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode("CfDJ8-stale-token"u8.ToArray());

        var page = await client.SubmitAsync($"/Account/ResetPassword?code={stale}", "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email!,
            ["Input.Password"] = "Brand-new-pass-1",
            ["Input.ConfirmPassword"] = "Brand-new-pass-1",
        });

        Assert.Contains("invalid or has expired", page.Text);
        Assert.Equal(user.Email, page.InputValue("Input.Email"));
    }

    [Fact]
    public async Task Member_downloads_personal_data_and_deletes_the_account()
    {
        using var client = factory.CreateTestClient();
        var user = await factory.CreateUserAsync(displayName: "Grace Downloader");
        await client.LogInAsync(user.Email!, MemberHubFactory.Password);

        var personal = await client.GetAsync("/Account/Manage/PersonalData");
        var token = personal.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var download = await client.Http.PostAsync("/Account/Manage/DownloadPersonalData",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("Grace Downloader", await download.Content.ReadAsStringAsync());

        var wrong = await client.SubmitAsync("/Account/Manage/DeletePersonalData", "delete-user",
            new Dictionary<string, string> { ["Input.Password"] = "Wrong-pass-1" });
        Assert.Contains("The password is not correct", wrong.Text);
        Assert.NotNull(await FindUserAsync(user.Email!));

        await client.SubmitAsync("/Account/Manage/DeletePersonalData", "delete-user",
            new Dictionary<string, string> { ["Input.Password"] = MemberHubFactory.Password });
        Assert.Null(await FindUserAsync(user.Email!));
    }

    private Task<ApplicationUser?> FindUserAsync(string email) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email));
}
