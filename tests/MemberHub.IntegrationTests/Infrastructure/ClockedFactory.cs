using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberHub.IntegrationTests.Infrastructure;

/// <summary>The app with a clock the tests move (claims expire, months turn, talks start).</summary>
public sealed class ClockedFactory : MemberHubFactory
{
    private readonly ClockedFactory? first;

    public ClockedFactory()
    {
        Clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    }

    // Private: a class fixture may have one public constructor.
    private ClockedFactory(ClockedFactory first)
    {
        this.first = first;
        Clock = first.Clock;
    }

    /// <summary>A second instance of the app on <paramref name="first"/>'s database, on the same clock.</summary>
    public static ClockedFactory SecondInstanceOf(ClockedFactory first) => new(first);

    public FakeTimeProvider Clock { get; }

    protected override IDictionary<string, string?> Settings => first is null ? base.Settings : SameDatabaseAs(first);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
