using MemberHub.Web.Data;
using MemberHub.Web.Infrastructure;
using MemberHub.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MemberHub.IntegrationTests.Infrastructure;

/// <summary>Background jobs on several instances sharing one database run on one of them at a time.</summary>
public class JobLeaseTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));

    private JobLeases Instance(string name) => new(factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>(), clock) { Holder = name };

    [Fact]
    public async Task One_instance_holds_a_job_renews_it_and_another_takes_it_over_only_once_it_has_expired()
    {
        var job = "job-" + Guid.NewGuid().ToString("N");
        var (a, b) = (Instance("a"), Instance("b"));

        Assert.True(await a.TryTakeAsync(job, TimeSpan.FromMinutes(2)));
        Assert.False(await b.TryTakeAsync(job, TimeSpan.FromMinutes(2)));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await a.TryTakeAsync(job, TimeSpan.FromMinutes(2)));
        clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.False(await b.TryTakeAsync(job, TimeSpan.FromMinutes(2)));
        // "a" stopped: its last lease ran out at 8:03.
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await b.TryTakeAsync(job, TimeSpan.FromMinutes(2)));
        Assert.False(await a.TryTakeAsync(job, TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public async Task Instances_asking_at_the_same_moment_give_the_job_to_exactly_one()
    {
        var job = "job-" + Guid.NewGuid().ToString("N");
        var instances = Enumerable.Range(0, 8).Select(i => Instance($"instance-{i}")).ToList();

        var taken = await Task.WhenAll(instances.Select(i => Task.Run(() => i.TryTakeAsync(job, TimeSpan.FromMinutes(2)))));

        Assert.Equal(1, taken.Count(t => t));
    }

    [Fact]
    public async Task A_periodic_pass_on_two_instances_does_its_work_once()
    {
        var runs = 0;
        var (a, b) = (new CountingPass(Instance("a"), clock, () => runs++), new CountingPass(Instance("b"), clock, () => runs++));

        var (first, second) = (await a.RunOnceAsync(CancellationToken.None), await b.RunOnceAsync(CancellationToken.None));

        Assert.Equal((1, (int?)null, 1), (first, second, runs));
    }

    private sealed class CountingPass(JobLeases leases, TimeProvider clock, Action ran) : PeriodicPass(leases, clock, NullLogger.Instance)
    {
        protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

        protected override Task<int> PassAsync(CancellationToken cancellationToken)
        {
            ran();
            return Task.FromResult(1);
        }
    }
}
