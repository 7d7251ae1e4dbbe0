using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.BrowserTests.Infrastructure;

/// <summary>The real app on Kestrel at 127.0.0.1 and a free port, with a fresh data folder (Playwright needs a real socket).</summary>
public class AppServer : WebApplicationFactory<Program>
{
    public const string OwnerEmail = "owner@browser.memberhub.local";
    public const string OwnerPassword = "Owner-pass-2026";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "memberhub-browser", Guid.NewGuid().ToString("N"));

    private readonly int port = FreePort();

    public AppServer()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    // E-mailed links start at App:PublicUrl, so the port must be known before the app starts.
    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    public string BaseUrl { get; }

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(config =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["Storage:DataDirectory"] = dataDirectory,
                ["Demo:Seed"] = "false",
                ["Owner:Email"] = OwnerEmail,
                ["Owner:Password"] = OwnerPassword,
                ["Security:AccountPermitLimit"] = "10000",
                ["Logging:LogLevel:Default"] = "Warning",
                ["App:PublicUrl"] = $"http://127.0.0.1:{port}",
            };
            foreach (var (key, value) in Settings)
            {
                settings[key] = value;
            }
            config.AddInMemoryCollection(settings);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
