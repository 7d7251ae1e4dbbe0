using Microsoft.Extensions.Options;
using Stripe;

namespace MemberHub.Web.Features.Memberships.Webhooks;

internal static class StripeWebhookEndpoint
{
    public const string Path = "/api/stripe/webhook";
    private const int MaxBodyBytes = 512 * 1024;

    /// <summary>
    /// POST /api/stripe/webhook: verifies the Stripe-Signature header (HMAC of "{t}.{payload}", 300 s tolerance),
    /// then applies the event. 400 for anything unverifiable; 500 (so Stripe retries) when applying fails.
    /// </summary>
    public static void MapStripeWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async (HttpRequest request, IOptions<StripeOptions> options, StripeEventProcessor processor,
            ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            var logger = loggers.CreateLogger("StripeWebhook");
            var secret = options.Value.WebhookSecret;
            if (string.IsNullOrWhiteSpace(secret))
            {
                return Results.Problem(statusCode: 400, title: "Webhooks are off",
                    detail: "Stripe:WebhookSecret is not configured; in local test mode payments do not use webhooks.");
            }
            if (request.ContentLength > MaxBodyBytes)
            {
                return Results.Problem(statusCode: 413, title: "Payload too large");
            }
            var signature = request.Headers["Stripe-Signature"].ToString();
            if (string.IsNullOrEmpty(signature))
            {
                return Results.Problem(statusCode: 400, title: "Missing Stripe-Signature header");
            }
            using var reader = new StreamReader(request.Body);
            var json = await reader.ReadToEndAsync(cancellationToken);

            Event stripeEvent;
            try
            {
                // Owners' accounts often send an older API version than Stripe.net is pinned to; the fields we read are stable.
                stripeEvent = EventUtility.ConstructEvent(json, signature, secret, throwOnApiVersionMismatch: false);
            }
            catch (StripeException e)
            {
                logger.LogWarning("Rejected a Stripe webhook: {Reason}", e.Message);
                return Results.Problem(statusCode: 400, title: "Invalid Stripe signature", detail: e.Message);
            }
            catch (Exception e) when (e is Newtonsoft.Json.JsonException or ArgumentException)
            {
                return Results.Problem(statusCode: 400, title: "Malformed event", detail: e.Message);
            }

            try
            {
                var outcome = await processor.ProcessAsync(stripeEvent, cancellationToken);
                return Results.Ok(new { received = true, outcome = outcome.ToString() });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Applying Stripe event {EventId} ({Type}) failed; Stripe will retry", stripeEvent.Id, stripeEvent.Type);
                return Results.Problem(statusCode: 500, title: "Event not applied", detail: "The event will be applied when Stripe retries.");
            }
        }).DisableAntiforgery();
    }
}
