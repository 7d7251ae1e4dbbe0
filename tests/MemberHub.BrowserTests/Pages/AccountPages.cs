using Microsoft.Playwright;

namespace MemberHub.BrowserTests.Pages;

public sealed class RegisterPage(IPage page)
{
    public async Task RegisterAsync(string name, string email, string password, bool navigate = true)
    {
        if (navigate)
        {
            await page.GotoAsync("/Account/Register");
        }
        await page.FillAsync("#Input\\.DisplayName", name);
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", password);
        await page.FillAsync("#Input\\.ConfirmPassword", password);
        await page.ClickAsync("#register-submit");
        await page.WaitForURLAsync("**/Account/RegisterConfirmation**");
    }
}

public sealed class OutboxPage(IPage page)
{
    /// <summary>Opens the development outbox and follows the link in the newest message to <paramref name="email"/>.</summary>
    public async Task FollowLinkInMessageToAsync(string email)
    {
        await page.GotoAsync("/dev/outbox");
        await new Shell(page).WaitUntilReadyAsync();
        var message = page.Locator("[data-testid=outbox-message]").Filter(new LocatorFilterOptions { HasText = email }).First;
        await message.ClickAsync();
        var link = message.Locator("a[href]").First;
        await link.WaitForAsync();
        // Opened the way a mail client would: a fresh top-level load of the link.
        await page.GotoAsync((await link.GetAttributeAsync("href"))!);
    }
}

public sealed class LoginPage(IPage page)
{
    public async Task LogInAsync(string email, string password, bool navigate = true)
    {
        if (navigate)
        {
            await page.GotoAsync("/Account/Login");
        }
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"));
    }
}
