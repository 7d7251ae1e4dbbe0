using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace MemberHub.Testing;

/// <summary>
/// The real app over a fresh SQLite file in its own data folder, for the integration tests (in memory) and the browser
/// tests (on Kestrel) alike: the configured Owner exists, no demo data, so a test sees only what it creates.
/// </summary>
public abstract class AppFactory : WebApplicationFactory<Program>
{
    public const string OwnerEmail = "owner@test.memberhub.local";
    public const string OwnerPassword = "Owner-pass-2026";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "memberhub-tests", Guid.NewGuid().ToString("N"));

    /// <summary>What the way of hosting adds (the browser tests' public address).</summary>
    protected virtual IDictionary<string, string?> HostSettings => new Dictionary<string, string?>();

    /// <summary>Extra settings a test class needs (they win over the defaults below).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(config =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["Storage:DataDirectory"] = DataDirectory,
                ["Demo:Seed"] = "false",
                ["Owner:Email"] = OwnerEmail,
                ["Owner:Password"] = OwnerPassword,
                ["Security:AccountPermitLimit"] = "10000",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            foreach (var (key, value) in HostSettings.Concat(Settings))
            {
                settings[key] = value;
            }
            config.AddInMemoryCollection(settings);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
