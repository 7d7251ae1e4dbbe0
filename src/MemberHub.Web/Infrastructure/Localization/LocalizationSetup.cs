using System.Globalization;
using System.Security.Claims;
using MemberHub.Web.Features.Accounts;
using Microsoft.AspNetCore.Localization;

namespace MemberHub.Web.Infrastructure.Localization;

public static class LocalizationSetup
{
    public static WebApplicationBuilder AddAppLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        // One per resource type instead of one per component (texts are looked up in the reader's language when asked),
        // each keeping what it has looked up (CachedStringLocalizer).
        builder.Services.AddSingleton(typeof(Microsoft.Extensions.Localization.IStringLocalizer<>), typeof(CachedStringLocalizer<>));
        builder.Services.AddTransient<MudBlazor.MudLocalizer, ChineseMudLocalizer>();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            // The runtime's cached, read-only cultures: each request then shares their number and date formats instead
            // of getting a fresh copy that builds them again from ICU the first time a number is written.
            var supported = Cultures.Supported.Select(CultureInfo.GetCultureInfo).ToArray();
            options.DefaultRequestCulture = new RequestCulture(CultureInfo.GetCultureInfo(Cultures.English));
            options.SupportedCultures = supported;
            options.SupportedUICultures = supported;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // An explicit choice (cookie) wins, then the member's profile, then the browser,
            // then the community's default language.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = Cultures.CookieName },
                new CustomRequestCultureProvider(context => Task.FromResult(FromProfile(context.User))),
                new AcceptLanguageHeaderRequestCultureProvider(),
                new CustomRequestCultureProvider(FromCommunityDefault),
            ];
        });
        return builder;
    }

    private static ProviderCultureResult? FromProfile(ClaimsPrincipal user) =>
        Cultures.Normalize(user.FindFirstValue(AppClaims.Culture)) is { } culture ? new ProviderCultureResult(culture) : null;

    private static async Task<ProviderCultureResult?> FromCommunityDefault(HttpContext context)
    {
        var defaults = context.RequestServices.GetService<ICommunityDefaults>();
        var language = defaults is null ? null : Cultures.Normalize(await defaults.GetDefaultLanguageAsync());
        return language is null ? null : new ProviderCultureResult(language);
    }

    public static CookieBuilder CultureCookie(bool secure) => new()
    {
        Name = Cultures.CookieName,
        HttpOnly = false,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest,
        MaxAge = TimeSpan.FromDays(365),
    };

    public static void WriteCultureCookie(HttpContext context, string culture)
    {
        var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.GetCultureInfo(culture)));
        var secure = !context.RequestServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment();
        context.Response.Cookies.Append(Cultures.CookieName, value, CultureCookie(secure).Build(context));
    }
}

/// <summary>The community-wide defaults used when a visitor has no preference of their own.</summary>
public interface ICommunityDefaults
{
    Task<string> GetDefaultLanguageAsync();
    Task<string> GetDefaultTimeZoneAsync();
}
