using MemberHub.Testing;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.BrowserTests.Infrastructure;

/// <summary>The real app on Kestrel at 127.0.0.1 and a free port (Playwright needs a real socket).</summary>
public class AppServer : AppFactory
{
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

    // A tab closed by a test ends its circuit at once instead of being kept three minutes for a reconnect that never
    // comes, so what a later test measures in server memory is not freed under it by an earlier test's circuits.
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Configure<CircuitOptions>(options => options.DisconnectedCircuitMaxRetained = 0));
    }

    protected override IDictionary<string, string?> HostSettings => new Dictionary<string, string?> { ["App:PublicUrl"] = $"http://127.0.0.1:{port}" };
}
