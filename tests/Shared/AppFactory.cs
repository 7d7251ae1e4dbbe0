using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace MemberHub.Testing;

/// <summary>
/// The real app over a fresh SQLite file in its own data folder, for the integration tests (in memory) and the browser
/// tests (on Kestrel) alike: the configured Owner exists, no demo data, so a test sees only what it creates.
/// With <c>MEMBERHUB_TEST_POSTGRES</c> set to a PostgreSQL connection string (a role that may create databases), each
/// factory gets a fresh PostgreSQL database instead, dropped when it is disposed: the same tests on the other provider.
/// </summary>
public abstract class AppFactory : WebApplicationFactory<Program>
{
    public const string OwnerEmail = "owner@test.memberhub.local";
    public const string OwnerPassword = "Owner-pass-2026";

    public const string PostgresVariable = "MEMBERHUB_TEST_POSTGRES";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "memberhub-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The server every test factory makes its database on, when the tests run on PostgreSQL.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    public static bool OnPostgres => PostgresServer is not null;

    /// <summary>This factory's PostgreSQL database (created by the app's migration at start).</summary>
    public string? PostgresConnectionString { get; } = PostgresServer is { } server
        ? new NpgsqlConnectionStringBuilder(server) { Database = "mh_test_" + Guid.NewGuid().ToString("N") }.ToString()
        : null;

    /// <summary>What the way of hosting adds (the browser tests' public address).</summary>
    protected virtual IDictionary<string, string?> HostSettings => new Dictionary<string, string?>();

    /// <summary>Extra settings a test class needs (they win over the defaults below).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Settings that put this app on <paramref name="first"/>'s database (its data folder, or its PostgreSQL
    /// database), as a second instance behind a load balancer.</summary>
    protected static Dictionary<string, string?> SameDatabaseAs(AppFactory first)
    {
        var settings = new Dictionary<string, string?> { ["Storage:DataDirectory"] = first.DataDirectory };
        if (first.PostgresConnectionString is not null)
        {
            settings["ConnectionStrings:MemberHub"] = first.PostgresConnectionString;
        }
        return settings;
    }

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
            if (PostgresConnectionString is not null)
            {
                settings["Database:Provider"] = "Postgres";
                settings["ConnectionStrings:MemberHub"] = PostgresConnectionString;
            }
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
        DropPostgresDatabase();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void DropPostgresDatabase()
    {
        if (PostgresConnectionString is null)
        {
            return;
        }
        var database = new NpgsqlConnectionStringBuilder(PostgresConnectionString);
        NpgsqlConnection.ClearPool(new NpgsqlConnection(PostgresConnectionString));
        // A connection the stopping app opens at the last moment can make one attempt fail (CI saw it twice in 500 tests):
        // a few attempts, and a leftover database is reported rather than failing the run.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = "postgres", Pooling = false }.ToString());
                server.Open();
                using var drop = server.CreateCommand();
                drop.CommandText = $"DROP DATABASE IF EXISTS \"{database.Database}\" WITH (FORCE)";
                drop.ExecuteNonQuery();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                Thread.Sleep(200 * attempt);
            }
            catch (PostgresException e)
            {
                Console.Error.WriteLine($"Test database {database.Database} was left behind: {e.MessageText}");
                return;
            }
        }
    }
}
