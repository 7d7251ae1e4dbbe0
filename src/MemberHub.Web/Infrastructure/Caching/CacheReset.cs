using Microsoft.AspNetCore.OutputCaching;

namespace MemberHub.Web.Infrastructure.Caching;

/// <summary>A cache of community data that can drop everything it holds (after a restore has replaced every table).</summary>
public interface IResettableCache
{
    void Reset();
}

/// <summary>Empties every cache of community data in this process, and the visitors' page cache.</summary>
public sealed class CacheReset(IEnumerable<IResettableCache> caches, IOutputCacheStore pages)
{
    public async Task AllAsync(CancellationToken cancellationToken = default)
    {
        foreach (var cache in caches)
        {
            cache.Reset();
        }
        await pages.EvictByTagAsync(PublicPages.Tag, cancellationToken);
    }
}

public static class CacheResetSetup
{
    /// <summary>
    /// Every singleton that is an <see cref="IResettableCache"/> is found among the registrations (so a feature's new cache
    /// is never forgotten); call once all features are added.
    /// </summary>
    public static IServiceCollection AddCacheReset(this IServiceCollection services)
    {
        var types = services.Where(d => d.Lifetime == ServiceLifetime.Singleton && !d.IsKeyedService && !d.ServiceType.IsGenericTypeDefinition
                && d.ServiceType != typeof(IResettableCache) && typeof(IResettableCache).IsAssignableFrom(d.ServiceType))
            .Select(d => d.ServiceType).Distinct().ToList();
        foreach (var type in types)
        {
            services.AddSingleton(sp => (IResettableCache)sp.GetRequiredService(type));
        }
        services.AddSingleton<CacheReset>();
        return services;
    }
}
