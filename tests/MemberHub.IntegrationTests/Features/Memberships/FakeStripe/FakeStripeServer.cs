using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemberHub.IntegrationTests.Features.Memberships.FakeStripe;

public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Form);

/// <summary>
/// A Stripe API stand-in on a real socket: Stripe.net (pointed here through Stripe:ApiBase) gets Stripe's own
/// fixture objects back, and every request is recorded so tests can assert what MemberHub sent.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int counter;

    public FakeStripeServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Map("/v1/{**path}", HandleAsync);
        app.StartAsync().GetAwaiter().GetResult();
        Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public string Url { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentDictionary<string, JsonObject> Subscriptions { get; } = new();

    public ConcurrentDictionary<string, JsonObject> Prices { get; } = new();

    /// <summary>When set, reading a subscription answers 500 (Stripe having a bad moment).</summary>
    public bool FailSubscriptionReads { get; set; }

    public IEnumerable<RecordedRequest> Sent(string method, string pathPrefix) =>
        Requests.Where(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

    public string NextId(string prefix) => $"{prefix}_fake{Interlocked.Increment(ref counter):D6}";

    /// <summary>Puts a subscription into the fake account (as if Stripe had created it) and returns its JSON.</summary>
    public JsonObject AddSubscription(string id, string customerId, string priceId, string status = "active",
        DateTime? periodEndUtc = null, bool cancelAtPeriodEnd = false, IDictionary<string, string>? metadata = null)
    {
        var price = Prices.TryGetValue(priceId, out var known) ? (JsonObject)known.DeepClone() : StripeFixtures.Price(priceId, 2000, "usd", "month");
        var subscription = StripeFixtures.Subscription(id, customerId, price, status, periodEndUtc ?? DateTime.UtcNow.AddMonths(1), cancelAtPeriodEnd, metadata);
        Subscriptions[id] = subscription;
        return subscription;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value!;
        var form = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString())
            : context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        Requests.Enqueue(new RecordedRequest(context.Request.Method, path, form));
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries)[1..];
        var answer = Route(context.Request.Method, segments, form);
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Body.ToJsonString());
    }

    private (int Status, JsonNode Body) Route(string method, string[] path, Dictionary<string, string> form)
    {
        switch (method, path)
        {
            case ("POST", ["customers"]):
                return Ok(StripeFixtures.Customer(NextId("cus"), form.GetValueOrDefault("email"), Metadata(form)));
            case ("POST", ["customers", var customerId, "balance_transactions"]):
                {
                    var transaction = StripeFixtures.Fixture("customer_balance_transaction");
                    transaction["id"] = NextId("cbtxn");
                    transaction["customer"] = customerId;
                    transaction["amount"] = long.Parse(form["amount"]);
                    transaction["currency"] = form["currency"];
                    return Ok(transaction);
                }
            case ("POST", ["products"]):
                return Ok(StripeFixtures.Product(NextId("prod"), form.GetValueOrDefault("name") ?? ""));
            case ("POST", ["products", var productId]):
                return Ok(StripeFixtures.Product(productId, form.GetValueOrDefault("name") ?? ""));
            case ("POST", ["prices"]):
                {
                    var price = StripeFixtures.Price(NextId("price"), long.Parse(form["unit_amount"]), form["currency"], form["recurring[interval]"]);
                    Prices[price["id"]!.GetValue<string>()] = price;
                    return Ok(price);
                }
            case ("GET", ["prices", var priceId]):
                return Prices.TryGetValue(priceId, out var stored) ? Ok(stored) : NotFound("price", priceId);
            case ("POST", ["prices", var priceId]):
                if (!Prices.TryGetValue(priceId, out var updated))
                {
                    return NotFound("price", priceId);
                }
                if (form.TryGetValue("active", out var active))
                {
                    updated["active"] = active == "true";
                }
                return Ok(updated);
            case ("POST", ["checkout", "sessions"]):
                return Ok(StripeFixtures.CheckoutSession(NextId("cs_test"), form));
            case ("POST", ["billing_portal", "sessions"]):
                return Ok(StripeFixtures.PortalSession(NextId("bps"), form["customer"], form.GetValueOrDefault("return_url")));
            case ("GET", ["subscriptions", var subscriptionId]):
                if (FailSubscriptionReads)
                {
                    return (500, StripeFixtures.Error("api_error", "Something went wrong on Stripe's end."));
                }
                return Subscriptions.TryGetValue(subscriptionId, out var subscription) ? Ok(subscription) : NotFound("subscription", subscriptionId);
            case ("POST", ["subscriptions", var subscriptionId]):
                return UpdateSubscription(subscriptionId, form);
            case ("DELETE", ["subscriptions", var subscriptionId]):
                return UpdateSubscription(subscriptionId, new Dictionary<string, string> { ["status"] = "canceled" });
            case ("POST", ["subscription_schedules"]):
                return Ok(StripeFixtures.Schedule(NextId("sub_sched"), form.GetValueOrDefault("from_subscription")));
            case ("POST", ["subscription_schedules", var scheduleId]):
                return Ok(StripeFixtures.Schedule(scheduleId, null));
            case ("POST", ["subscription_schedules", var scheduleId, "release"]):
                return Ok(StripeFixtures.Schedule(scheduleId, null));
            default:
                return (404, StripeFixtures.Error("invalid_request_error", $"Unrecognized request URL ({method}: /v1/{string.Join('/', path)})."));
        }
    }

    private (int, JsonNode) UpdateSubscription(string id, Dictionary<string, string> form)
    {
        if (!Subscriptions.TryGetValue(id, out var subscription))
        {
            return NotFound("subscription", id);
        }
        if (form.TryGetValue("cancel_at_period_end", out var cancel))
        {
            subscription["cancel_at_period_end"] = cancel == "true";
        }
        if (form.TryGetValue("status", out var status))
        {
            subscription["status"] = status;
            subscription["ended_at"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        }
        if (form.TryGetValue("trial_end", out var trialEnd))
        {
            var end = trialEnd == "now" ? DateTimeOffset.UtcNow.ToUnixTimeSeconds() : long.Parse(trialEnd);
            subscription["trial_end"] = end;
            subscription["status"] = trialEnd == "now" ? "active" : "trialing";
            subscription["items"]!["data"]![0]!["current_period_end"] = end;
        }
        if (form.TryGetValue("items[0][price]", out var priceId))
        {
            var price = Prices.TryGetValue(priceId, out var known) ? known.DeepClone() : StripeFixtures.Price(priceId, 2000, "usd", "month");
            subscription["items"]!["data"]![0]!["price"] = price;
        }
        return Ok(subscription);
    }

    private static Dictionary<string, string> Metadata(Dictionary<string, string> form) =>
        form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal))
            .ToDictionary(f => f.Key["metadata[".Length..^1], f => f.Value);

    private static (int, JsonNode) Ok(JsonNode body) => (200, body);

    private static (int, JsonNode) NotFound(string kind, string id) =>
        (404, StripeFixtures.Error("invalid_request_error", $"No such {kind}: '{id}'"));

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
