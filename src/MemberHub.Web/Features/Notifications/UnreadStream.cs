using System.Globalization;
using System.Threading.Channels;
using MemberHub.Web.Features.Accounts;

namespace MemberHub.Web.Features.Notifications;

/// <summary>
/// GET /notifications/unread/stream — the unread count as server-sent events, so the bell on a statically rendered
/// page stays live without a circuit (a circuit holds ~200 KB of server memory; this holds a connection and one
/// subscription). memberhub.js keeps one per browser, shared by its tabs.
/// </summary>
public static class UnreadStream
{
    public const string Path = "/notifications/unread/stream";

    // Proxies close idle connections; a comment line now and then keeps the stream open.
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(25);

    public static void MapUnreadStream(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, StreamAsync).ExcludeFromDescription();

    private static async Task StreamAsync(HttpContext context, NotificationCenter notifications, NotificationHub hub)
    {
        if (context.User.UserId() is not { } userId)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("Sign in to follow your notifications.");
            return;
        }
        var aborted = context.RequestAborted;
        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        void OnChanged(string changedUserId)
        {
            if (changedUserId == userId)
            {
                changes.Writer.TryWrite(true);
            }
        }

        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
        hub.Changed += OnChanged;
        try
        {
            await WriteCountAsync(context, notifications, userId, aborted);
            while (!aborted.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                wait.CancelAfter(KeepAlive);
                try
                {
                    await changes.Reader.ReadAsync(wait.Token);
                    await WriteCountAsync(context, notifications, userId, aborted);
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    await context.Response.WriteAsync(": keep-alive\n\n", aborted);
                    await context.Response.Body.FlushAsync(aborted);
                }
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The tab went away.
        }
        finally
        {
            hub.Changed -= OnChanged;
        }
    }

    private static async Task WriteCountAsync(HttpContext context, NotificationCenter notifications, string userId, CancellationToken aborted)
    {
        var unread = await notifications.UnreadCountAsync(userId, aborted);
        await context.Response.WriteAsync("data: " + unread.ToString(CultureInfo.InvariantCulture) + "\n\n", aborted);
        await context.Response.Body.FlushAsync(aborted);
    }
}
