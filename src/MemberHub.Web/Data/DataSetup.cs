using MemberHub.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Web.Data;

public static class DataSetup
{
    public const string ConnectionStringName = "MemberHub";

    private static readonly SqlitePragmas Pragmas = new();

    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<StorageOptions>(StorageOptions.Section);

        // A factory for interactive components (one short-lived context per operation) and a scoped
        // context for request-bound code such as Identity's stores. The connection string is read when
        // the first context is made, so configuration added by hosts and tests counts.
        // Pooled: contexts are made per operation all over the app, and pooling saves their set-up each time.
        // Features add interceptors (singletons) to learn of their rows' changes, e.g. to drop cached copies.
        builder.Services.AddPooledDbContextFactory<AppDbContext>((services, o) => o
            .UseSqlite(ResolveConnectionString(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IWebHostEnvironment>().ContentRootPath))
            .AddInterceptors([Pragmas, .. services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()]));
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        // One instance (AddCheck would make one per probe), so its last answer is kept.
        builder.Services.AddSingleton<DatabaseHealthCheck>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        // Keys that protect sign-in cookies and e-mail tokens live in the database: a restart, a second instance on the same
        // database, a backup and a restored archive all keep people signed in.
        builder.Services.AddDataProtection().SetApplicationName("MemberHub").PersistKeysToDbContext<AppDbContext>();
        return builder;
    }

    public static string DataDirectory(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.DataDirectory)}"];
        var folder = string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured;
        return Path.GetFullPath(Path.Combine(contentRoot, folder));
    }

    private static string ResolveConnectionString(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var folder = DataDirectory(configuration, contentRoot);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "memberhub.db"),
            ForeignKeys = true,
            Pooling = true,
        }.ToString();
    }

    /// <summary>Creates the database file if needed and applies every pending migration.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        await db.Database.MigrateAsync();
        var data = DataDirectory(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
        await DataProtectionKeysFromFolder.MoveAsync(db, Path.Combine(data, "keys"));
        // WAL lets readers proceed while one writer commits; the setting is stored in the file itself.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
