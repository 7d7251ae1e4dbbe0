using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Content.Import;
using MemberHub.Web.Features.Demo;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Infrastructure;

public static class StartupTasks
{
    /// <summary>Runs before the app serves requests: database migrations, staff roles, the first Owner, content import, and the demo seed.</summary>
    public static async Task RunStartupTasksAsync(this WebApplication app)
    {
        await app.Services.MigrateDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var staff = services.GetRequiredService<StaffAccounts>();
        await staff.EnsureRolesAsync();
        await staff.EnsureConfiguredOwnerAsync();
        var contentDirectory = services.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveContentDirectory(app.Environment.ContentRootPath);
        await services.GetRequiredService<ContentImporter>().ImportAsync(contentDirectory);
        if (services.GetRequiredService<IOptions<DemoOptions>>().Value.Seed)
        {
            var demo = services.GetRequiredService<DemoCommunity>();
            await demo.SeedAsync();
            demo.PrintAccounts();
        }
    }
}
