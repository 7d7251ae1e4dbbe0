using System.Data.Common;
using System.Text;
using MemberHub.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Stripe;

namespace MemberHub.Web.Features.Memberships.Webhooks;

/// <summary>Claims event ids inside the current transaction; an id already stored (or repeated in the batch) is not returned.</summary>
internal static class EventClaims
{
    public static HashSet<string> Claim(AppDbContext db, IEnumerable<Event> stripeEvents, DateTime now)
    {
        var connection = db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var sql = new StringBuilder("""INSERT INTO "ProcessedStripeEvents" ("EventId", "Type", "CreatedUtc", "ProcessedAtUtc") VALUES """);
        var index = 0;
        foreach (var stripeEvent in stripeEvents)
        {
            sql.Append(index == 0 ? "" : ", ").Append($"(@id{index}, @type{index}, @created{index}, @now)");
            Add(command, $"id{index}", stripeEvent.Id);
            Add(command, $"type{index}", stripeEvent.Type);
            Add(command, $"created{index}", StripeEventProcessor.Utc(stripeEvent.Created));
            index++;
        }
        Add(command, "now", now);
        sql.Append(""" ON CONFLICT ("EventId") DO NOTHING RETURNING "EventId" """);
        command.CommandText = sql.ToString();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            claimed.Add(reader.GetString(0));
        }
        return claimed;
    }

    // Stored the way EF stores them, so these rows read back like any other (SQLite keeps dates as text).
    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value is DateTime time && command is Microsoft.Data.Sqlite.SqliteCommand
            ? time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture)
            : value;
        command.Parameters.Add(parameter);
    }
}
