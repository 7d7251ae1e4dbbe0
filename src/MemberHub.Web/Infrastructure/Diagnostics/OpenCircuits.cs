using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MemberHub.Web.Infrastructure.Diagnostics;

/// <summary>
/// How many interactive circuits the server holds right now, published as the gauge <c>memberhub.circuits.open</c>
/// (read it with <c>dotnet-counters monitor --counters MemberHub</c>). Each circuit keeps a component tree in server
/// memory for as long as its tab is open; reading pages render statically, so a reader's tab holds at most the
/// notification bell's small one.
/// </summary>
public sealed class OpenCircuits : CircuitHandler, IDisposable
{
    public const string MeterName = "MemberHub";

    private readonly Meter meter = new(MeterName);
    private int open;
    private int connected;

    public OpenCircuits()
    {
        meter.CreateObservableGauge("memberhub.circuits.open", () => Count, description: "Interactive circuits held in server memory");
        meter.CreateObservableGauge("memberhub.circuits.connected", () => Connected, description: "Circuits with a tab connected now");
    }

    /// <summary>Circuits in memory, including disconnected ones kept for a while in case their tab comes back.</summary>
    public int Count => Volatile.Read(ref open);

    public int Connected => Volatile.Read(ref connected);

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref connected);
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref connected);
        return Task.CompletedTask;
    }

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref open);
        return Task.CompletedTask;
    }

    public void Dispose() => meter.Dispose();
}
