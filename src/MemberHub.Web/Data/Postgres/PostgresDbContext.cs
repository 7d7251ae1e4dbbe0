using MemberHub.Web.Features.Accounts.Funnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MemberHub.Web.Data.Postgres;

/// <summary>
/// The same model on PostgreSQL. A type of its own so that it has its own migrations (in this folder), as EF Core's
/// guide to several providers suggests; code everywhere else sees it as an <see cref="AppDbContext"/>.
/// </summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // PostgreSQL computes only stored columns, from immutable expressions: the UTC day of a timestamptz.
        builder.Entity<FunnelStep>().Property(s => s.FirstSeenOn)
            .HasComputedColumnSql("(\"FirstSeenAtUtc\" AT TIME ZONE 'UTC')::date", stored: true);
    }
}

/// <summary>For <c>dotnet ef migrations add … --context PostgresDbContext</c>: a model needs no server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql("Host=localhost;Database=memberhub").Options);
}

/// <summary>Hands out PostgreSQL contexts where the app asks for <see cref="AppDbContext"/>s.</summary>
internal sealed class PostgresContexts(IDbContextFactory<PostgresDbContext> inner) : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
