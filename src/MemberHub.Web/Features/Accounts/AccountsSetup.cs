using MemberHub.Web.Components.Account;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts.Funnel;
using MemberHub.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace MemberHub.Web.Features.Accounts;

public static class AccountsSetup
{
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<OwnerOptions>(OwnerOptions.Section);

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Password.RequiredLength = 8;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        var secure = !builder.Environment.IsDevelopment();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".MemberHub.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
        });

        // The staff policies (OwnerOnly, …) live with the access policy: MembershipsSetup adds them.

        services.AddScoped<AccountEmailSender>();
        services.AddScoped<IEmailSender<ApplicationUser>>(sp => sp.GetRequiredService<AccountEmailSender>());
        services.AddSingleton<AccountLinks>();
        services.AddSingleton<DisplayNames>();
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<JoiningFunnel>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, FirstPosts>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<PeopleService>();
        return builder;
    }

    /// <summary>Start-up: the staff roles exist, and the Owner named in configuration holds that role.</summary>
    public static async Task EnsureStaffAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var staff = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        await staff.EnsureRolesAsync();
        await staff.EnsureConfiguredOwnerAsync();
    }

    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.MapAdditionalIdentityEndpoints();
        app.MapPreferenceEndpoints();
        app.MapFunnelEndpoints();
        return app;
    }
}
