using MemberHub.Web.Data;
using MemberHub.Web.Data.Postgres;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.Tests.Data;

/// <summary>Every change to the model comes with a migration for each provider (README: database changes).</summary>
public class MigrationsTests
{
    [Fact]
    public void The_sqlite_migrations_describe_the_current_model()
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "add a migration: dotnet ef migrations add <Name> --context AppDbContext …");
    }

    [Fact]
    public void The_postgres_migrations_describe_the_current_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "add a migration: dotnet ef migrations add <Name> --context PostgresDbContext …");
    }
}
