using MemberHub.Web.Data.Postgres;
using MemberHub.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace MemberHub.Web.Data;

public static class DataSetup
{
    public const string ConnectionStringName = "MemberHub";

    private static readonly SqlitePragmas Pragmas = new();

    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<StorageOptions>(StorageOptions.Section);

        builder.Services.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.Section)
            .Validate<IConfiguration>((database, configuration) => database.Provider == DatabaseProvider.Sqlite
                || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName)),
                $"Database:Provider is Postgres, so ConnectionStrings:{ConnectionStringName} must name the PostgreSQL database (Host=…;Database=…;Username=…;Password=…)");

        // A factory for interactive components (one short-lived context per operation) and a scoped
        // context for request-bound code such as Identity's stores. The provider and connection string are read when
        // the first context is made, so configuration added by hosts and tests counts.
        // Pooled: contexts are made per operation all over the app, and pooling saves their set-up each time.
        // Features add interceptors (singletons) to learn of their rows' changes, e.g. to drop cached copies.
        builder.Services.AddSingleton<IDbContextFactory<AppDbContext>>(services =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var interceptors = services.GetServices<IInterceptor>().ToArray();
            if (DatabaseOptions.ProviderIn(configuration) == DatabaseProvider.Postgres)
            {
                var postgres = new DbContextOptionsBuilder<PostgresDbContext>()
                    .UseNpgsql(configuration.GetConnectionString(ConnectionStringName))
                    .AddInterceptors(interceptors);
                return new PostgresContexts(new PooledDbContextFactory<PostgresDbContext>(postgres.Options));
            }
            var sqlite = new DbContextOptionsBuilder<AppDbContext>()
                .UseSqlite(ResolveConnectionString(configuration, services.GetRequiredService<IWebHostEnvironment>().ContentRootPath))
                .AddInterceptors([Pragmas, .. interceptors]);
            return new PooledDbContextFactory<AppDbContext>(sqlite.Options);
        });
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

    /// <summary>Creates the database (SQLite: its file and folder) if needed and applies every pending migration.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sqlite = db.Database.IsSqlite();
        if (sqlite && Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
        // PostgreSQL: Migrate creates the database when the role may; the server owns the rest.
        await db.Database.MigrateAsync();
        var data = DataDirectory(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
        await DataProtectionKeysFromFolder.MoveAsync(db, Path.Combine(data, "keys"));
        if (sqlite)
        {
            // WAL lets readers proceed while one writer commits; the setting is stored in the file itself.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }
}
