using System.Globalization;
using System.Threading.RateLimiting;
using MemberHub.Web.Infrastructure.Configuration;
using MemberHub.Web.Infrastructure.Localization;
using MemberHub.Web.Infrastructure.ScaleOut;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Infrastructure.Security;

public static class SecuritySetup
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<SecurityOptions>(SecurityOptions.Section);
        builder.Services.AddOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>()
            .Configure<IOptions<SecurityOptions>>((options, security) =>
            {
                // Only the operator's own proxies (validated addresses) may say who the client is; anyone else's X-Forwarded-For is ignored.
                options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
                options.KnownIPNetworks.Clear();
                options.KnownProxies.Clear();
                foreach (var proxy in security.Value.KnownProxies)
                {
                    options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
                }
            });
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<CountedPerClientAttribute>() is { } counted)
                {
                    return RateLimitWindows.FixedWindow(context, "counted:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                        counted.PermitsPerMinute, TimeSpan.FromMinutes(1));
                }
                // Each such post costs a PBKDF2 hash or a mail, so a flood must meet 429s.
                if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<PasswordCheckedAttribute>() is null)
                {
                    return RateLimitPartition.GetNoLimiter("");
                }
                var settings = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitWindows.FixedWindow(context, "account:" + client, settings.AccountPermitLimit, TimeSpan.FromSeconds(settings.AccountWindowSeconds));
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }
                var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedText>>();
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync(text["RateLimit.Message"], cancellationToken);
            };
        });
        return builder;
    }

    /// <summary>Behind the operator's reverse proxies the client address comes from X-Forwarded-For, so limits are per client, not per proxy.</summary>
    public static IApplicationBuilder UseKnownProxies(this IApplicationBuilder app)
    {
        var security = app.ApplicationServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
        return security.KnownProxies.Length == 0 ? app : app.UseForwardedHeaders();
    }

    /// <summary>Headers every response carries. style-src allows inline styles because MudBlazor sets them on elements.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
                "font-src 'self' data:; connect-src 'self'; frame-src https://www.youtube.com https://www.youtube-nocookie.com https://player.bilibili.com; " +
                "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        await next();
    });
}
