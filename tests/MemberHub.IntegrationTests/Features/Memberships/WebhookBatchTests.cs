using System.Data.Common;
using System.Net;
using MemberHub.IntegrationTests.Features.Memberships.FakeStripe;
using MemberHub.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MemberHub.IntegrationTests.Features.Memberships;

/// <summary>
/// The webhook's single writer commits the events that queued up together (ADR 4). A batch in which one event cannot be
/// written is written again one event at a time: the others land, the bad one is refused alone (Stripe retries it).
/// </summary>
public class WebhookBatchTests(StripeFactory factory) : IClassFixture<StripeFactory>
{
    private FakeStripeServer Stripe => factory.Stripe;

    private async Task<(string UserId, string EventPayload)> CancellingMemberAsync()
    {
        var tier = await factory.CreateTierAsync();
        var member = await factory.CreateUserAsync();
        var customer = await factory.StartCheckoutAsync(member.Id, tier);
        var subscriptionId = Stripe.NextId("sub");
        var metadata = new Dictionary<string, string> { ["tier_id"] = tier.Id.ToString(), ["user_id"] = member.Id };
        var active = Stripe.AddSubscription(subscriptionId, customer, tier.StripeMonthlyPriceId!, "active", DateTime.UtcNow.AddMonths(1), metadata: metadata);
        using var created = await DeliverAsync(SignedEvents.Event("customer.subscription.created", active, DateTime.UtcNow.AddMinutes(-1)));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var cancelling = Stripe.AddSubscription(subscriptionId, customer, tier.StripeMonthlyPriceId!, "active", DateTime.UtcNow.AddMonths(1),
            cancelAtPeriodEnd: true, metadata: metadata);
        return (member.Id, SignedEvents.Event("customer.subscription.updated", cancelling, DateTime.UtcNow));
    }

    private async Task<HttpResponseMessage> DeliverAsync(string payload)
    {
        using var client = factory.CreateClient();
        return await client.SendAsync(SignedEvents.Delivery(payload, SignedEvents.Signature(payload, DateTimeOffset.UtcNow)));
    }

    [Fact]
    public async Task A_batch_with_one_event_that_cannot_be_written_lands_the_others_one_at_a_time()
    {
        var first = await CancellingMemberAsync();
        var good = await CancellingMemberAsync();
        var refused = await CancellingMemberAsync();
        var alsoGood = await CancellingMemberAsync();
        string connectionString;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            connectionString = db.Database.GetConnectionString()!;
        }
        await using DbConnection other = MemberHub.Testing.AppFactory.OnPostgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await other.OpenAsync();
        await Execute(other, MemberHub.Testing.AppFactory.OnPostgres
            ? $"""
                CREATE FUNCTION refuse_one() RETURNS trigger AS $$
                BEGIN IF OLD."UserId" = '{refused.UserId}' THEN RAISE EXCEPTION 'refused for this test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
                CREATE TRIGGER refuse_one_membership BEFORE UPDATE ON "Memberships" FOR EACH ROW EXECUTE FUNCTION refuse_one();
                """
            : $"""
                CREATE TRIGGER refuse_one_membership BEFORE UPDATE ON Memberships WHEN OLD.UserId = '{refused.UserId}'
                BEGIN SELECT RAISE(ABORT, 'refused for this test'); END;
                """);
        try
        {
            // Another writer holds the lock (SQLite's one writer lock; on PostgreSQL the events table's): the first event
            // waits in the writer while the next three queue up behind it, so they are written as one batch when it is let go.
            await Execute(other, MemberHub.Testing.AppFactory.OnPostgres
                ? "BEGIN; LOCK TABLE \"ProcessedStripeEvents\" IN EXCLUSIVE MODE;"
                : "BEGIN IMMEDIATE;");
            var waiting = DeliverAsync(first.EventPayload);
            await Task.Delay(500);
            var queued = new[] { good, refused, alsoGood }.Select(m => DeliverAsync(m.EventPayload)).ToList();
            await Task.Delay(500);
            await Execute(other, "ROLLBACK;");

            using var firstResponse = await waiting;
            var responses = await Task.WhenAll(queued);

            Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.InternalServerError, HttpStatusCode.OK], responses.Select(r => r.StatusCode));
            Assert.True((await factory.MembershipOfAsync(good.UserId))!.CancelAtPeriodEnd);
            Assert.True((await factory.MembershipOfAsync(alsoGood.UserId))!.CancelAtPeriodEnd);
            Assert.False((await factory.MembershipOfAsync(refused.UserId))!.CancelAtPeriodEnd);
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
        finally
        {
            await Execute(other, MemberHub.Testing.AppFactory.OnPostgres
                ? "DROP TRIGGER IF EXISTS refuse_one_membership ON \"Memberships\"; DROP FUNCTION IF EXISTS refuse_one();"
                : "DROP TRIGGER IF EXISTS refuse_one_membership;");
        }
    }

    private static async Task Execute(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
