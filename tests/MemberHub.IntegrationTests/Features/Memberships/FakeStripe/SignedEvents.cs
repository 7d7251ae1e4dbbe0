using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace MemberHub.IntegrationTests.Features.Memberships.FakeStripe;

/// <summary>Webhook deliveries signed the way Stripe signs them: v1 = HMAC-SHA256(secret, "{t}.{payload}").</summary>
public static class SignedEvents
{
    public const string Secret = "whsec_test_memberhub";

    public static string Event(string type, JsonObject data, DateTime createdUtc, string? id = null, string? apiVersion = null) =>
        new JsonObject
        {
            ["id"] = id ?? "evt_" + Guid.NewGuid().ToString("N"),
            ["object"] = "event",
            ["api_version"] = apiVersion ?? Stripe.StripeConfiguration.ApiVersion,
            ["created"] = StripeFixtures.Unix(createdUtc),
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
            ["data"] = new JsonObject { ["object"] = data.DeepClone() },
        }.ToJsonString();

    public static string Signature(string payload, DateTimeOffset signedAt, string secret = Secret)
    {
        var timestamp = signedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(hash)}";
    }

    public static HttpRequestMessage Delivery(string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/stripe/webhook")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        }
        return request;
    }
}
