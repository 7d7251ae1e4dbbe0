using Microsoft.Playwright;

namespace MemberHub.BrowserTests.Pages;

/// <summary>The app bar and navigation drawer every page shares.</summary>
public sealed class Shell(IPage page)
{
    public ILocator Navigation => page.Locator(".mud-navmenu");

    public ILocator LanguageSwitch => page.Locator("#language-switch");

    public ILocator UserMenu => page.Locator("#user-menu");

    /// <summary>Interactive pages show the theme toggle only once the circuit is connected.</summary>
    public Task WaitUntilInteractiveAsync() => page.Locator("#theme-toggle").WaitForAsync();

    public async Task SwitchLanguageAsync()
    {
        await LanguageSwitch.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
