using MemberHub.Web.Infrastructure.Live;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MemberHub.Web.Infrastructure.Caching;

/// <summary>
/// What a visitor reads (home, pricing, talks, the board's titles) is the same for every visitor, so it is rendered
/// once a minute per language, theme and time zone instead of per request: only GET and HEAD, only 200 responses, never for a
/// signed-in member (nor a request with credentials). A change to what those pages show evicts them at once; the
/// minute bounds what nothing announces (a new expert on the home page).
/// </summary>
public static class PublicPages
{
    public const string Policy = "public-page";
    public const string Tag = "public-pages";
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(Policy, new VisitorPagePolicy()));
        services.AddHostedService<Eviction>();
        return services;
    }

    /// <summary>
    /// Visitors' pages show what <typeparamref name="TSource"/> holds: its change evicts them. A feature registers its
    /// sources next to its services; <paramref name="follow"/> subscribes a callback and returns the subscription.
    /// </summary>
    public static IServiceCollection EvictPublicPagesOnChangeOf<TSource>(this IServiceCollection services, Func<TSource, Action, IDisposable> follow)
        where TSource : notnull =>
        services.AddSingleton(new Source((provider, evict) => follow(provider.GetRequiredService<TSource>(), evict)));

    /// <summary>The same for a <see cref="ChangeNotifier{TKey}"/>: any change it raises.</summary>
    public static IServiceCollection EvictPublicPagesOnChangeOf<TNotifier, TKey>(this IServiceCollection services)
        where TNotifier : ChangeNotifier<TKey> =>
        services.EvictPublicPagesOnChangeOf<TNotifier>((notifier, evict) => notifier.Subscribe(_ => true, _ => evict()));

    private sealed record Source(Func<IServiceProvider, Action, IDisposable> Follow);

    /// <summary>
    /// The cache, and one rule around it: a response replayed from the cache (it carries <c>Age</c>) never carries a
    /// cookie. The page was stored with the antiforgery cookie Blazor gave the visitor who rendered it; nobody else
    /// may receive that one.
    /// </summary>
    public static WebApplication UsePublicPageCache(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.Headers.ContainsKey(HeaderNames.Age))
                {
                    context.Response.Headers.Remove(HeaderNames.SetCookie);
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseOutputCache();
        return app;
    }

    // Everything a visitor's page depends on besides its URL: language, theme, and the zone its times are shown in.
    private static string Look(HttpContext context) =>
        (context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? "") + "|"
        + (ThemeCookie.IsDark(context) ? "dark" : "light") + "|"
        + (Time.TimeZones.FromBrowser(context) ?? "");

    /// <summary>
    /// The framework's default policy, except for one cookie: Blazor stores an antiforgery cookie when every rendered
    /// response starts, and a visitor's page has no form to use it with (visitors write nothing; their language switch
    /// is a link). Any other cookie still keeps the response out of the cache.
    /// </summary>
    private sealed class VisitorPagePolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var attempt = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                && !http.Request.Headers.ContainsKey(HeaderNames.Authorization)
                && http.User.Identity?.IsAuthenticated != true;
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = attempt;
            context.AllowCacheStorage = attempt;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Lifetime;
            context.Tags.Add(Tag);
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["look"] = Look(http);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK)
            {
                context.AllowCacheStorage = false;
                return ValueTask.CompletedTask;
            }
            var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name + "=";
            if (response.Headers.SetCookie.Any(cookie => cookie?.StartsWith(antiforgery, StringComparison.Ordinal) != true))
            {
                context.AllowCacheStorage = false;
            }
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Evicts the visitors' pages whenever a registered source (the community, a talk, a track, the board) changes.</summary>
    private sealed class Eviction(IOutputCacheStore store, IEnumerable<Source> sources, IServiceProvider services, ILogger<Eviction> logger) : IHostedService
    {
        private readonly List<IDisposable> subscriptions = [];

        public Task StartAsync(CancellationToken cancellationToken)
        {
            var followed = sources.Select(source => source.Follow(services, Evict)).ToList();
            lock (subscriptions)
            {
                subscriptions.AddRange(followed);
            }
            return Task.CompletedTask;
        }

        // A host stopping twice at once (CI saw "collection was modified" here) disposes each subscription once.
        public Task StopAsync(CancellationToken cancellationToken)
        {
            IDisposable[] followed;
            lock (subscriptions)
            {
                followed = [.. subscriptions];
                subscriptions.Clear();
            }
            foreach (var subscription in followed)
            {
                subscription.Dispose();
            }
            return Task.CompletedTask;
        }

        private void Evict() => _ = EvictAsync();

        private async Task EvictAsync()
        {
            try
            {
                await store.EvictByTagAsync(Tag, CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Evicting the public page cache failed; pages refresh within {Lifetime}", Lifetime);
            }
        }
    }
}
