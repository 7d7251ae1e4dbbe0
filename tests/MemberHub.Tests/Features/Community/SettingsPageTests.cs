using System.Globalization;
using MemberHub.Tests.Components;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MemberHub.Tests.Features.Community;

public class SettingsPageTests : AppTestContext
{
    public SettingsPageTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

    [Fact]
    public async Task Owner_saves_a_new_name_and_is_told_so()
    {
        await SignInAsAsync(AppRoles.Owner);
        var providers = RenderProviders();
        var page = Render<SettingsPage>();

        page.Find("#settings-name").Change("Ceramics Guild");
        await page.Find("form").SubmitAsync();

        Assert.Equal("Ceramics Guild", (await Services.GetRequiredService<CommunitySettingsService>().GetAsync()).Name);
        Assert.Contains("Settings saved.", providers.Markup + RenderSnackbars());
    }

    [Fact]
    public async Task Empty_name_shows_a_message_beside_the_field_and_keeps_what_was_typed()
    {
        await SignInAsAsync(AppRoles.Owner);
        RenderProviders();
        var page = Render<SettingsPage>();

        page.Find("#settings-tagline").Change("Typed but not saved");
        page.Find("#settings-name").Change("");
        await page.Find("form").SubmitAsync();

        Assert.Contains("This field is required.", page.Markup);
        Assert.Equal("Typed but not saved", page.Find("#settings-tagline").GetAttribute("value"));
        Assert.NotEqual("Typed but not saved", (await Services.GetRequiredService<CommunitySettingsService>().GetAsync()).Tagline);
    }

    [Fact]
    public async Task A_former_owner_is_refused_by_the_service_even_with_the_page_open()
    {
        // The page was authorised by the cookie's role, but the service checks the database.
        var id = await SignInAsAsync(null);
        AddAuthorization().SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, id),
            new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, AppRoles.Owner));
        RenderProviders();
        var page = Render<SettingsPage>();

        page.Find("#settings-name").Change("Hijacked");
        await page.Find("form").SubmitAsync();

        Assert.Contains("Only the community owner can change these settings.", RenderSnackbars());
        Assert.NotEqual("Hijacked", (await Services.GetRequiredService<CommunitySettingsService>().GetAsync()).Name);
    }

    private string RenderSnackbars() =>
        string.Join("\n", Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message));
}
