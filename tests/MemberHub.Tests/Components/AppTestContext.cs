using System.Security.Claims;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Infrastructure.Localization;
using MemberHub.Web.Infrastructure.Markdown;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace MemberHub.Tests.Components;

/// <summary>
/// One bUnit set-up for MemberHub components: MudBlazor services with loose JS interop, the real
/// localizer and feature services over an in-memory SQLite database (migrated like production).
/// </summary>
public abstract class AppTestContext : BunitContext, IAsyncLifetime
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    protected AppTestContext()
    {
        connection.Open();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.SnackbarConfiguration.ShowTransitionDuration = 0);
        Services.AddLocalization();
        Services.AddLogging(b => b.AddProvider(NullLoggerProvider.Instance));
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddDbContextFactory<AppDbContext>(o => o.UseSqlite(connection), ServiceLifetime.Singleton);
        Services.AddSingleton<MarkdownRenderer>();
        Services.AddSingleton<StaffDirectory>();
        Services.AddSingleton<CommunitySettingsService>();
        Services.AddSingleton<ICommunityDefaults>(sp => sp.GetRequiredService<CommunitySettingsService>());
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options);
        db.Database.Migrate();
    }

    protected AppDbContext NewDb() => new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options);

    /// <summary>Adds a user with the given staff role and signs them in for the components under test.</summary>
    protected async Task<string> SignInAsAsync(string? role)
    {
        var id = Guid.NewGuid().ToString();
        await using var db = NewDb();
        db.Users.Add(new ApplicationUser { Id = id, UserName = id, Email = $"{id}@test.local", DisplayName = "Tester" });
        if (role is not null)
        {
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync();
            if (roleId is null)
            {
                roleId = Guid.NewGuid().ToString();
                db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole(role) { Id = roleId, NormalizedName = role.ToUpperInvariant() });
            }
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = id, RoleId = roleId });
        }
        await db.SaveChangesAsync();
        var auth = AddAuthorization();
        auth.SetAuthorized("Tester");
        auth.SetClaims(role is null
            ? [new Claim(ClaimTypes.NameIdentifier, id)]
            : [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Role, role)]);
        return id;
    }

    protected IRenderedComponent<MudPopoverProvider> RenderProviders()
    {
        Render<MudSnackbarProvider>();
        return Render<MudPopoverProvider>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that only dispose asynchronously.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await connection.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
    }
}
