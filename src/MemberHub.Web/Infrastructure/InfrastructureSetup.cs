using MemberHub.Web.Infrastructure.Caching;
using MemberHub.Web.Infrastructure.Configuration;
using MemberHub.Web.Infrastructure.Markdown;
using MemberHub.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Infrastructure;

public static class InfrastructureSetup
{
    public static WebApplicationBuilder AddInfrastructure(this WebApplicationBuilder builder)
    {
        // A bad setting should end start-up with one clear line (Program prints it), not a hosting stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        builder.Services.AddValidatedOptions<AppOptions>(AppOptions.Section);
        builder.Services.AddPublicPageCache();
        builder.Services.AddSingleton<Jobs.JobLeases>();
        builder.Services.AddSingleton<Diagnostics.OpenCircuits>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(services => services.GetRequiredService<Diagnostics.OpenCircuits>());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddHttpContextAccessor();
        // Chinese (and every other script) goes out as UTF-8 text, not as 8-byte character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddResponseCompression(options =>
        {
            // Safe over HTTPS here: the secrets in pages (antiforgery tokens, component state) are freshly encrypted per
            // response, so BREACH-style guessing has nothing stable to learn.
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".MemberHub.Antiforgery";
            // Not Always: every page carries a form (the language switch), and a page answered over plain HTTP (a
            // misconfigured proxy) must still render, error page included. The token is useless without its form field.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddDatabaseDeveloperPageExceptionFilter();
        }
        return builder;
    }

    /// <summary>
    /// Outside Development only the site's own host name (App:PublicUrl's) is served, unless the operator lists hosts
    /// in AllowedHosts (then the framework's host filtering applies). It runs after the health probe, which a load
    /// balancer calls by the instance's address.
    /// </summary>
    private static void UseOwnHostOnly(this WebApplication app)
    {
        if (app.Environment.IsDevelopment() || !string.IsNullOrWhiteSpace(app.Configuration["AllowedHosts"]))
        {
            return;
        }
        var host = new Uri(app.Services.GetRequiredService<IOptions<AppOptions>>().Value.PublicUrl).IdnHost;
        app.Use((context, next) =>
        {
            if (string.Equals(context.Request.Host.Host, host, StringComparison.OrdinalIgnoreCase))
            {
                return next(context);
            }
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("Unknown host: this site answers as " + host + ".");
        });
    }

    /// <summary>
    /// The error and not-found pages are re-executed with the failed request's method. Rendered as a POST they would
    /// look for a form and an antiforgery token and fail themselves, so they always render as a GET.
    /// </summary>
    private static void UseErrorPagesAsReads(this WebApplication app) => app.Use((context, next) =>
    {
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null
            || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            context.Request.Method = HttpMethods.Get;
        }
        return next(context);
    });

    /// <summary>The middleware every request passes, in order; the features map their pages and endpoints after it (Program).</summary>
    public static WebApplication UsePipeline(this WebApplication app)
    {
        // The load balancer's probe answers before anything a page needs (auth, localization, antiforgery, components).
        app.UseHealthChecks("/healthz");
        app.UseKnownProxies();
        app.UseOwnHostOnly();
        if (app.Environment.IsDevelopment())
        {
            app.UseMigrationsEndPoint();
        }
        else
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                CreateScopeForErrors = true,
                // A bad request (a missing antiforgery token, a malformed form) is the client's mistake: 400, not 500.
                StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseResponseCompression();
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseErrorPagesAsReads();
        app.UseAuthentication();
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UsePublicPageCache();
        app.UseAntiforgery();
        return app;
    }
}
