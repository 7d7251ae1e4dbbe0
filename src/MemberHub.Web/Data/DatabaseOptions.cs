namespace MemberHub.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database holds the community. SQLite (a file in the data folder) suits one machine; PostgreSQL lets several
/// instances share one database. Either way the connection string is <c>ConnectionStrings:MemberHub</c>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public static DatabaseProvider ProviderIn(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
}
