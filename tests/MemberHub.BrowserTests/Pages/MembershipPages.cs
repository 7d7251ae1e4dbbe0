using Microsoft.Playwright;

namespace MemberHub.BrowserTests.Pages;

public sealed class PricingPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/pricing");
        await new Shell(page).WaitUntilReadyAsync();
    }

    public ILocator Tier(string name) => page.Locator("[data-testid^='tier-']").Filter(new LocatorFilterOptions { HasText = name });

    /// <summary>Buttons only act once the page is interactive, so wait for the circuit before clicking.</summary>
    public async Task JoinAsync(string tierName)
    {
        await new Shell(page).WaitUntilReadyAsync();
        await Tier(tierName).Locator("[data-testid=join]").ClickAsync();
    }
}

public sealed class TestCheckoutPage(IPage page)
{
    public async Task PayAsync()
    {
        await page.WaitForURLAsync("**/billing/test-checkout/**");
        await new Shell(page).WaitUntilReadyAsync();
        await page.ClickAsync("#test-pay");
    }
}

public sealed class OwnerMemberPage(IPage page)
{
    public async Task EndSubscriptionOfAsync(string memberName)
    {
        await page.GotoAsync("/owner/members");
        await new Shell(page).WaitUntilReadyAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = memberName }).ClickAsync();
        await page.Locator("[data-testid=test-panel]").WaitForAsync();
        await page.ClickAsync("#test-cancel-now");
        await page.Locator("[data-testid=membership-phase][data-phase=Lapsed]").WaitForAsync();
    }
}
