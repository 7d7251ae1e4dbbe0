using Microsoft.Playwright;

namespace MemberHub.BrowserTests.Pages;

/// <summary>The app bar and navigation drawer every page shares.</summary>
public sealed class Shell(IPage page)
{
    public ILocator Navigation => page.Locator(".mud-navmenu");

    public ILocator LanguageSwitch => page.Locator("#language-switch");

    public ILocator UserMenu => page.Locator("#user-menu");

    /// <summary>The app bar says when the page is ready: its circuit connected, or a static page that never has one.</summary>
    public Task WaitUntilReadyAsync() =>
        page.Locator(".mud-appbar[data-render=interactive], .mud-appbar[data-render=static]").WaitForAsync();

    public async Task SwitchLanguageAsync()
    {
        await LanguageSwitch.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
