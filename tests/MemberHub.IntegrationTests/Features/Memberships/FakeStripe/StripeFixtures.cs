using System.Text.Json.Nodes;

namespace MemberHub.IntegrationTests.Features.Memberships.FakeStripe;

/// <summary>Stripe's fixture objects (fixtures3.json) with the fields a test cares about set.</summary>
public static class StripeFixtures
{
    private static readonly Lazy<JsonObject> Resources = new(() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "Memberships", "FakeStripe", "fixtures3.json")))!["resources"]!);

    public static JsonObject Fixture(string name) => (JsonObject)Resources.Value[name]!.DeepClone();

    public static long Unix(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeSeconds();

    public static JsonObject Customer(string id, string? email, IDictionary<string, string> metadata)
    {
        var customer = Fixture("customer");
        customer["id"] = id;
        customer["email"] = email;
        customer["metadata"] = Map(metadata);
        return customer;
    }

    public static JsonObject Product(string id, string name)
    {
        var product = Fixture("product");
        product["id"] = id;
        product["name"] = name;
        return product;
    }

    public static JsonObject Price(string id, long amount, string currency, string interval)
    {
        var price = Fixture("price");
        price["id"] = id;
        price["unit_amount"] = amount;
        price["unit_amount_decimal"] = amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        price["currency"] = currency;
        price["active"] = true;
        price["recurring"]!["interval"] = interval;
        return price;
    }

    public static JsonObject Subscription(string id, string customerId, JsonObject price, string status, DateTime periodEndUtc,
        bool cancelAtPeriodEnd, IDictionary<string, string>? metadata)
    {
        var subscription = Fixture("subscription");
        subscription["id"] = id;
        subscription["customer"] = customerId;
        subscription["status"] = status;
        subscription["cancel_at_period_end"] = cancelAtPeriodEnd;
        subscription["cancel_at"] = null;
        subscription["canceled_at"] = null;
        subscription["ended_at"] = status == "canceled" ? Unix(periodEndUtc) : null;
        subscription["trial_end"] = status == "trialing" ? Unix(periodEndUtc) : null;
        subscription["schedule"] = null;
        subscription["metadata"] = Map(metadata ?? new Dictionary<string, string>());
        var item = subscription["items"]!["data"]![0]!;
        item["subscription"] = id;
        item["price"] = price.DeepClone();
        item["current_period_start"] = Unix(periodEndUtc.AddMonths(-1));
        item["current_period_end"] = Unix(periodEndUtc);
        return subscription;
    }

    public static JsonObject RefundedCharge(string id, string customerId, long amount, long refunded, string currency = "usd")
    {
        var charge = Fixture("charge");
        charge["id"] = id;
        charge["customer"] = customerId;
        charge["amount"] = amount;
        charge["amount_captured"] = amount;
        charge["amount_refunded"] = refunded;
        charge["currency"] = currency;
        charge["refunded"] = refunded >= amount;
        return charge;
    }

    /// <summary>A charge that succeeded, paid with a card of the given fingerprint (charge.succeeded).</summary>
    public static JsonObject SucceededCharge(string id, string customerId, string fingerprint, long amount = 1900)
    {
        var charge = RefundedCharge(id, customerId, amount, 0);
        charge["payment_method_details"]!["card"]!["fingerprint"] = fingerprint;
        return charge;
    }

    /// <summary>A cardholder's dispute of a charge with their bank (charge.dispute.created).</summary>
    public static JsonObject Dispute(string id, string chargeId)
    {
        var dispute = Fixture("dispute");
        dispute["id"] = id;
        dispute["charge"] = chargeId;
        return dispute;
    }

    public static JsonObject Invoice(string id, string customerId, string subscriptionId, string status, long amount, DateTime periodEndUtc)
    {
        var invoice = Fixture("invoice");
        invoice["id"] = id;
        invoice["customer"] = customerId;
        invoice["status"] = status;
        invoice["amount_due"] = amount;
        invoice["amount_paid"] = status == "paid" ? amount : 0;
        invoice["currency"] = "usd";
        invoice["hosted_invoice_url"] = $"https://invoice.stripe.com/i/{id}";
        invoice["parent"] = new JsonObject
        {
            ["type"] = "subscription_details",
            ["quote_details"] = null,
            ["subscription_details"] = new JsonObject { ["subscription"] = subscriptionId, ["metadata"] = new JsonObject() },
        };
        invoice["lines"]!["data"]![0]!["period"] = new JsonObject { ["start"] = Unix(periodEndUtc.AddMonths(-1)), ["end"] = Unix(periodEndUtc) };
        return invoice;
    }

    public static JsonObject CheckoutSession(string id, Dictionary<string, string> form)
    {
        var session = Fixture("checkout.session");
        session["id"] = id;
        session["mode"] = form.GetValueOrDefault("mode") ?? "subscription";
        session["customer"] = form.GetValueOrDefault("customer");
        session["client_reference_id"] = form.GetValueOrDefault("client_reference_id");
        session["url"] = "https://checkout.stripe.com/c/pay/" + id;
        return session;
    }

    public static JsonObject CompletedCheckout(string id, string userId, string customerId, string subscriptionId)
    {
        var session = Fixture("checkout.session");
        session["id"] = id;
        session["mode"] = "subscription";
        session["status"] = "complete";
        session["payment_status"] = "paid";
        session["client_reference_id"] = userId;
        session["customer"] = customerId;
        session["subscription"] = subscriptionId;
        return session;
    }

    public static JsonObject PortalSession(string id, string customerId, string? returnUrl)
    {
        var session = Fixture("billing_portal.session");
        session["id"] = id;
        session["customer"] = customerId;
        session["return_url"] = returnUrl;
        session["url"] = "https://billing.stripe.com/p/session/" + id;
        return session;
    }

    public static JsonObject Schedule(string id, string? subscriptionId)
    {
        var schedule = Fixture("subscription_schedule");
        schedule["id"] = id;
        schedule["subscription"] = subscriptionId;
        return schedule;
    }

    public static JsonObject Error(string type, string message) =>
        new() { ["error"] = new JsonObject { ["type"] = type, ["message"] = message } };

    private static JsonObject Map(IDictionary<string, string> values)
    {
        var map = new JsonObject();
        foreach (var (key, value) in values)
        {
            map[key] = value;
        }
        return map;
    }
}
