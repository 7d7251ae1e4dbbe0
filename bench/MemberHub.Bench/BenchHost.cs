using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemberHub.Bench;

/// <summary>The real app on Kestrel (127.0.0.1, free port) with a fresh SQLite file, in Production mode with logging quiet.</summary>
public sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public BenchHost(Dictionary<string, string?> extra)
    {
        // A benchmark may keep its (slow to generate) database across runs by passing its own data directory.
        DataDirectory = extra.GetValueOrDefault("Storage:DataDirectory") ?? Path.Combine(Path.GetTempPath(), "memberhub-bench", Guid.NewGuid().ToString("N"));
        settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["Demo:Seed"] = "false",
            ["Owner:Email"] = "owner@bench.memberhub.local",
            ["Owner:Password"] = "Owner-pass-2026",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:StripeWebhook"] = "Error",
            ["Logging:LogLevel:MemberHub"] = "Warning",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        // A console app gets no test manifest, so tell WebApplicationFactory where the web project lives.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MEMBERHUB_WEB", Path.Combine(RepositoryRoot(), "src", "MemberHub.Web"));
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public string DataDirectory { get; }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MemberHub.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development keeps static web assets resolvable from the build output; everything else is as in production.
        builder.UseEnvironment("Development");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, BareBaseline>());
    }
}
