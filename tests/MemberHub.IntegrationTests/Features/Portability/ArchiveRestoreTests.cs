using MemberHub.IntegrationTests.Features.Security;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Portability.Archive;
using MemberHub.Web.Features.Portability.Import;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Portability;

/// <summary>The Owner of a new, empty instance restores an archive from the browser; the restored community shows at once.</summary>
/// <remarks>SQLite only: on PostgreSQL these features refuse (pg_dump is the tool), see <see cref="DatabaseProviderTests"/>.</remarks>
[Trait("Database", "SqliteOnly")]
public class ArchiveRestoreTests(DemoCommunityFactory demo) : IClassFixture<DemoCommunityFactory>
{
    [Fact]
    public async Task The_owner_of_an_empty_instance_restores_an_uploaded_archive_and_its_members_sign_in_and_read_at_once()
    {
        // Protected by the old server's keys, as its sign-in cookies and e-mailed links are.
        var protectedThere = demo.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("restore-test").Protect("still signed in");
        using var archive = new MemoryStream();
        await demo.Services.GetRequiredService<ArchiveWriter>().WriteAsync(archive);
        var demoName = (await demo.Services.GetRequiredService<CommunitySettingsService>().GetAsync()).Name;
        await using var fresh = new MemberHubFactory();
        var owner = (await fresh.OwnerAsync()).Id;
        var settings = fresh.Services.GetRequiredService<CommunitySettingsService>();
        // Read (and so cached) before the restore, as a running instance would have it.
        Assert.NotEqual(demoName, (await settings.GetAsync()).Name);
        var restore = fresh.Services.GetRequiredService<ArchiveRestore>();

        archive.Position = 0;
        var stranger = await restore.RestoreAsync("not-the-owner", archive);
        archive.Position = 0;
        var restored = await restore.RestoreAsync(owner, archive);

        Assert.False(stranger.Succeeded);
        Assert.True(restored.Succeeded, restored.Error);
        Assert.True(restored.Value!.Rows > 100);
        Assert.Equal(demoName, (await settings.GetAsync()).Name);
        // The keys came with the archive: what the old server protected, the new one reads.
        Assert.Equal("still signed in", fresh.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("restore-test").Unprotect(protectedThere));
        using var client = fresh.CreateTestClient();
        Assert.Equal("/", (await client.LogInAsync("member@demo.memberhub.local", "Demo-pass-2026")).Path);
        var board = await client.GetAsync("/questions");
        Assert.Contains("怎么让潜水的成员开口？", board.Document.Body!.TextContent);

        archive.Position = 0;
        var again = await restore.RestoreAsync((await fresh.OwnerAsync()).Id, archive);
        Assert.Contains("already has a community", again.Error);
    }
}
