using MemberHub.IntegrationTests.Infrastructure;
using MemberHub.Testing;
using MemberHub.Web.Features.Portability.Backup;
using MemberHub.Web.Features.Portability.Export;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Portability;

/// <summary>
/// Archives and backups copy a SQLite database; on PostgreSQL the Owner is told to use pg_dump instead, and nothing is
/// queued or written. The same test runs on either provider and checks what that provider does.
/// </summary>
public class DatabaseProviderTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    [Fact]
    public async Task The_export_page_and_its_services_say_what_this_database_supports()
    {
        var owner = await factory.OwnerAsync();
        using var client = factory.CreateTestClient();
        await client.LogInAsync(owner.Email!, MemberHubFactory.OwnerPassword);

        var page = await client.Http.GetStringAsync("/owner/export");
        var export = await factory.Services.GetRequiredService<ExportService>().RequestAsync(owner.Id);
        var backup = await factory.Services.GetRequiredService<BackupService>().BackUpNowAsync(owner.Id);

        if (AppFactory.OnPostgres)
        {
            Assert.Contains("data-testid=\"on-postgres\"", page);
            Assert.False(export.Succeeded);
            Assert.Contains("pg_dump", export.Error);
            Assert.False(backup.Succeeded);
            Assert.Contains("pg_dump", backup.Error);
        }
        else
        {
            Assert.DoesNotContain("data-testid=\"on-postgres\"", page);
            Assert.True(export.Succeeded, export.Error);
            Assert.True(backup.Succeeded, backup.Error);
        }
    }
}
