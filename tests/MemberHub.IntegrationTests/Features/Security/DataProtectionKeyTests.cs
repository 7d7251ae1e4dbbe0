using MemberHub.IntegrationTests.Features.Memberships;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Security;

/// <summary>The keys behind sign-in cookies and e-mailed tokens live in the database (shared by instances, backups and archives).</summary>
public class DataProtectionKeyTests
{
    [Fact]
    public async Task Keys_an_earlier_version_kept_in_the_keys_folder_move_into_the_database_and_still_read_what_they_protected()
    {
        await using var app = new MemberHubFactory();
        // What an earlier MemberHub did: keys as files in the data folder, under the same application name.
        var folder = new DirectoryInfo(Path.Combine(app.DataDirectory, "keys"));
        var before = DataProtectionProvider.Create(folder, o => o.SetApplicationName("MemberHub")).CreateProtector("upgrade-test").Protect("signed in before the upgrade");

        var readNow = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("upgrade-test").Unprotect(before);

        Assert.Equal("signed in before the upgrade", readNow);
        var stored = await app.QueryAsync(db => db.Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>().Select(k => k.FriendlyName).ToListAsync());
        Assert.Contains(Path.GetFileNameWithoutExtension(folder.GetFiles("*.xml").Single().Name), stored);
    }

    [Fact]
    public async Task Two_instances_on_one_database_read_each_others_protected_data()
    {
        await using var first = new MemberHubFactory();
        var protectedByFirst = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("instances").Protect("hello");
        await using var second = new SecondInstance(first);

        Assert.Equal("hello", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("instances").Unprotect(protectedByFirst));
    }

    /// <summary>Another app host on the first one's database, as a second instance behind a load balancer.</summary>
    private sealed class SecondInstance(MemberHubFactory first) : MemberHubFactory
    {
        protected override IDictionary<string, string?> Settings => SameDatabaseAs(first);
    }
}
