using Microsoft.Playwright;

namespace MemberHub.BrowserTests.Pages;

/// <summary>The app bar and navigation drawer every page shares.</summary>
public sealed class Shell(IPage page)
{
    public ILocator Navigation => page.Locator(".mud-navmenu");

    public ILocator LanguageSwitch => page.Locator("#language-switch");

    public ILocator UserMenu => page.Locator("#user-menu");

    /// <summary>The app bar says when the page's circuit is connected (static pages never are).</summary>
    public Task WaitUntilInteractiveAsync() => page.Locator(".mud-appbar[data-interactive=true]").WaitForAsync();

    public async Task SwitchLanguageAsync()
    {
        await LanguageSwitch.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
