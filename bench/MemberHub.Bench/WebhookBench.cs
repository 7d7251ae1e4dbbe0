using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Billing;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.Bench;

/// <summary>
/// Verified, idempotent webhook processing over HTTP (driven by wrk, see bench/run-webhooks.sh): signed
/// customer.subscription.updated deliveries for existing memberships. Each unique event is a signature check, a parse,
/// and its share of a group-committed SQLite transaction (event id claimed + membership updated).
/// </summary>
public static class WebhookBench
{
    private const string Secret = "whsec_bench";

    /// <summary>
    /// For wrk: seeds, writes signed deliveries (one per line: signature TAB body) to <paramref name="payloadFile"/>,
    /// prints the server address and serves until the process is stopped.
    /// </summary>
    public static async Task ServeAsync(int events, double duplicateShare, int members, string payloadFile)
    {
        await using var host = new BenchHost(new Dictionary<string, string?>
        {
            ["Stripe:SecretKey"] = "sk_test_bench",
            ["Stripe:WebhookSecret"] = Secret,
            ["Stripe:ApiBase"] = "http://127.0.0.1:9",
        });
        var subscriptions = await SeedAsync(host, members);
        var lines = Build(subscriptions, events, duplicateShare, seed: 42).Select(p => Sign(p) + "\t" + p);
        await File.WriteAllLinesAsync(payloadFile, lines);
        Console.WriteLine("READY " + host.BaseUrl);
        await Task.Delay(Timeout.Infinite);
    }

    private static async Task<string[]> SeedAsync(BenchHost host, int members)
    {
        return await QueryAsync(host, async db =>
        {
            var tier = new Tier { NameEn = "Bench", NameZh = "Bench", Rank = 1, MonthlyAmount = 1000, Currency = "usd", StripeMonthlyPriceId = "price_bench" };
            db.Add(tier);
            await db.SaveChangesAsync();
            db.Add(new TierPrice { StripePriceId = "price_bench", TierId = tier.Id, Amount = 1000, Currency = "usd", Active = true });
            var ids = new string[members];
            for (var i = 0; i < members; i++)
            {
                var user = new ApplicationUser { Id = Guid.NewGuid().ToString(), UserName = $"m{i}@bench", Email = $"m{i}@bench", DisplayName = $"Member {i}" };
                ids[i] = $"sub_bench_{i:D6}";
                db.Users.Add(user);
                db.Add(new BillingCustomer { UserId = user.Id, StripeCustomerId = $"cus_bench_{i:D6}" });
                db.Add(new Membership
                {
                    UserId = user.Id, TierId = tier.Id, Source = MembershipSource.Stripe, Status = MembershipStatus.Active,
                    StripeSubscriptionId = ids[i], StripePriceId = "price_bench", CurrentPeriodEndUtc = DateTime.UtcNow.AddMonths(1),
                    StripeStateAtUtc = DateTime.UtcNow.AddDays(-1),
                });
            }
            await db.SaveChangesAsync();
            return ids;
        });
    }

    /// <summary>
    /// Signed deliveries in blocks of 32: with duplicates, each block holds 16 events and a re-delivery of each, shuffled,
    /// so re-deliveries arrive close to (sometimes before or together with) the original, as Stripe's retries do.
    /// </summary>
    private static List<string> Build(string[] subscriptions, int count, double duplicateShare, int seed)
    {
        var random = new Random(seed);
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payloads = new List<string>(count);
        const int block = 32;
        var uniquePerBlock = (int)Math.Round(block * (1 - duplicateShare));
        while (payloads.Count < count)
        {
            var unique = Enumerable.Range(0, uniquePerBlock).Select(_ =>
            {
                var index = random.Next(subscriptions.Length);
                return Event(subscriptions[index], $"cus_bench_{index:D6}", created, cancel: random.Next(2) == 0);
            }).ToList();
            var blockPayloads = unique.Concat(Enumerable.Range(0, block - uniquePerBlock).Select(i => unique[i % unique.Count]));
            payloads.AddRange(blockPayloads.OrderBy(_ => random.Next()));
        }
        return payloads.Take(count).ToList();
    }

    private static string Event(string subscriptionId, string customerId, long created, bool cancel)
    {
        var periodEnd = DateTimeOffset.UtcNow.AddMonths(1).ToUnixTimeSeconds();
        return "{\"id\":\"evt_bench_" + Guid.NewGuid().ToString("N") + "\",\"object\":\"event\",\"api_version\":\"2026-10-28.endive\",\"created\":" + created
               + ",\"livemode\":false,\"pending_webhooks\":1,\"request\":{\"id\":null,\"idempotency_key\":null},\"type\":\"customer.subscription.updated\","
               + "\"data\":{\"object\":{\"id\":\"" + subscriptionId + "\",\"object\":\"subscription\",\"customer\":\"" + customerId + "\",\"status\":\"active\","
               + "\"cancel_at_period_end\":" + (cancel ? "true" : "false") + ",\"created\":" + created + ",\"metadata\":{},"
               + "\"items\":{\"object\":\"list\",\"data\":[{\"id\":\"si_" + subscriptionId + "\",\"object\":\"subscription_item\",\"quantity\":1,"
               + "\"current_period_start\":" + created + ",\"current_period_end\":" + periodEnd + ","
               + "\"price\":{\"id\":\"price_bench\",\"object\":\"price\",\"currency\":\"usd\",\"unit_amount\":1000,\"recurring\":{\"interval\":\"month\",\"interval_count\":1}}}]}}}}";
    }

    private static string Sign(string payload)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(hash)}";
    }

    private static async Task<T> QueryAsync<T>(BenchHost host, Func<AppDbContext, Task<T>> query)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await query(db);
    }
}
