using MemberHub.Web.Infrastructure.Caching;
using Microsoft.Extensions.Time.Testing;

namespace MemberHub.Tests.Infrastructure;

public class PerUserCacheTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_users_value_is_read_once_until_their_data_changes()
    {
        var cache = new PerUserCache<string>(clock);
        var reads = 0;
        Task<string> Read(CancellationToken _) => Task.FromResult($"v{++reads}");

        await cache.GetAsync("ann", Read);
        var second = await cache.GetAsync("ann", Read);
        cache.Changed("ann");
        var third = await cache.GetAsync("ann", Read);

        Assert.Equal("v1", second);
        Assert.Equal("v2", third);
    }

    [Fact]
    public async Task A_change_for_one_user_keeps_the_others_values()
    {
        var cache = new PerUserCache<string>(clock);
        await cache.GetAsync("ann", _ => Task.FromResult("ann's"));
        await cache.GetAsync("bob", _ => Task.FromResult("bob's"));

        cache.Changed("ann");

        Assert.Equal("bob's", await cache.GetAsync("bob", _ => Task.FromResult("read again")));
        Assert.Equal("read again", await cache.GetAsync("ann", _ => Task.FromResult("read again")));
    }

    [Fact]
    public async Task A_change_for_everyone_drops_every_value()
    {
        var cache = new PerUserCache<string>(clock);
        await cache.GetAsync("ann", _ => Task.FromResult("old"));

        cache.ChangedForEveryone();

        Assert.Equal("new", await cache.GetAsync("ann", _ => Task.FromResult("new")));
    }

    [Fact]
    public async Task A_read_that_was_under_way_when_the_users_data_changed_is_not_kept()
    {
        var cache = new PerUserCache<string>(clock);
        var reading = new TaskCompletionSource<string>();

        var slowRead = cache.GetAsync("ann", _ => reading.Task);
        cache.Changed("ann");
        reading.SetResult("before the ban");
        Assert.Equal("before the ban", await slowRead);

        Assert.Equal("after the ban", await cache.GetAsync("ann", _ => Task.FromResult("after the ban")));
    }

    [Fact]
    public async Task A_value_is_read_again_after_its_lifetime_for_writes_made_elsewhere()
    {
        var cache = new PerUserCache<string>(clock);
        await cache.GetAsync("ann", _ => Task.FromResult("old"));

        clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal("from the database", await cache.GetAsync("ann", _ => Task.FromResult("from the database")));
    }
}
