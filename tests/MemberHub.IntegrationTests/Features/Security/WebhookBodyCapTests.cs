using System.Net;
using MemberHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Security;

/// <summary>The app on a real Kestrel socket, so a chunked body really streams (the in-memory test server buffers it).</summary>
public sealed class KestrelWebhookFactory : MemberHubFactory
{
    public KestrelWebhookFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public Uri BaseUrl { get; }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Stripe:SecretKey"] = "sk_test_memberhub_fake",
        ["Stripe:WebhookSecret"] = "whsec_body_cap_test",
        ["Stripe:ApiBase"] = "http://127.0.0.1:9",
    };
}

public class WebhookBodyCapTests(KestrelWebhookFactory factory) : IClassFixture<KestrelWebhookFactory>
{
    [Fact]
    public async Task A_two_megabyte_chunked_delivery_is_refused_with_413()
    {
        using var client = new HttpClient { BaseAddress = factory.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/stripe/webhook") { Content = new StreamedContent(2 * 1024 * 1024) };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("Stripe-Signature", "t=1,v1=00");

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_huge_chunked_delivery_is_not_read_past_the_cap()
    {
        using var client = new HttpClient { BaseAddress = factory.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        var body = new StreamedContent(totalBytes: 64 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/stripe/webhook") { Content = body };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("Stripe-Signature", "t=1,v1=00");

        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
        catch (HttpRequestException)
        {
            // Or the server closed the connection while the client was still sending: refused either way.
        }
        await body.Finished.WaitAsync(TimeSpan.FromSeconds(20));
        // Past the cap (256 KB) nobody reads: the client can fill the loopback socket's buffers (a few MB), not send 64 MB.
        Assert.True(body.Written < 16 * 1024 * 1024, $"the client could write {body.Written} bytes");
    }

    /// <summary>A body with no declared length, written 16 KB at a time as the server takes it.</summary>
    private sealed class StreamedContent(int totalBytes) : HttpContent
    {
        private int written;
        private readonly TaskCompletionSource finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Finished => finished.Task;

        public int Written => Volatile.Read(ref written);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[16 * 1024];
            Array.Fill(chunk, (byte)'a');
            try
            {
                while (written < totalBytes)
                {
                    await stream.WriteAsync(chunk);
                    Interlocked.Add(ref written, chunk.Length);
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or HttpRequestException)
            {
                // The server answered 413 and closed the request.
            }
            finally
            {
                finished.TrySetResult();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
