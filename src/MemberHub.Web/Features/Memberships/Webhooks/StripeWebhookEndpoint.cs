using MemberHub.Web.Features.Memberships.Health;
using Microsoft.Extensions.Options;
using Stripe;

namespace MemberHub.Web.Features.Memberships.Webhooks;

internal static class StripeWebhookEndpoint
{
    public const string Path = "/api/stripe/webhook";
    // Stripe events are a few KB; a body is read only up to this, whether or not it declared its length (chunked).
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>
    /// POST /api/stripe/webhook: verifies the Stripe-Signature header (HMAC of "{t}.{payload}", 300 s tolerance),
    /// then applies the event. 400 for anything unverifiable; 500 (so Stripe retries) when applying fails.
    /// </summary>
    public static void MapStripeWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async (HttpRequest request, IOptions<StripeOptions> options, StripeEventProcessor processor,
            SignatureFailures signatureFailures, ILoggerFactory loggers, CancellationToken cancellationToken) =>
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
                await signatureFailures.CountAsync("Missing Stripe-Signature header", cancellationToken);
                return Results.Problem(statusCode: 400, title: "Missing Stripe-Signature header");
            }
            if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxBodyBytes + 1;
            }
            var json = await ReadCappedAsync(request.Body, cancellationToken);
            if (json is null)
            {
                return Results.Problem(statusCode: 413, title: "Payload too large");
            }

            Event stripeEvent;
            try
            {
                // Owners' accounts often send an older API version than Stripe.net is pinned to; the fields we read are stable.
                stripeEvent = EventUtility.ConstructEvent(json, signature, secret, throwOnApiVersionMismatch: false);
            }
            catch (StripeException e)
            {
                logger.LogWarning("Rejected a Stripe webhook: {Reason}", e.Message);
                await signatureFailures.CountAsync(e.Message, cancellationToken);
                return Results.Problem(statusCode: 400, title: "Invalid Stripe signature", detail: e.Message);
            }
            catch (Exception e) when (e is Newtonsoft.Json.JsonException or ArgumentException)
            {
                return Results.Problem(statusCode: 400, title: "Malformed event", detail: e.Message);
            }

            try
            {
                var outcome = await processor.ProcessAsync(stripeEvent, EventVia.Webhook, json, cancellationToken);
                return Results.Ok(new { received = true, outcome = outcome.ToString() });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Applying Stripe event {EventId} ({Type}) failed; Stripe will retry", stripeEvent.Id, stripeEvent.Type);
                return Results.Problem(statusCode: 500, title: "Event not applied", detail: "The event will be applied when Stripe retries.");
            }
        }).DisableAntiforgery();
    }

    /// <summary>The body as text, or null as soon as it passes <see cref="MaxBodyBytes"/> (the rest is never read).</summary>
    private static async Task<string?> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        var length = 0;
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(length, MaxBodyBytes + 1 - length), cancellationToken)) > 0)
            {
                length += read;
                if (length > MaxBodyBytes)
                {
                    return null;
                }
            }
            return System.Text.Encoding.UTF8.GetString(buffer, 0, length);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
