using MemberHub.Web.Infrastructure.Caching;

namespace MemberHub.Tests.Infrastructure;

public class CachedValueTests
{
    [Fact]
    public async Task A_value_is_loaded_once_until_invalidated()
    {
        var cache = new CachedValue<string>();
        var loads = 0;

        await cache.GetAsync(() => Task.FromResult($"v{++loads}"));
        var second = await cache.GetAsync(() => Task.FromResult($"v{++loads}"));
        cache.Invalidate();
        var third = await cache.GetAsync(() => Task.FromResult($"v{++loads}"));

        Assert.Equal("v1", second);
        Assert.Equal("v2", third);
    }

    [Fact]
    public async Task A_load_that_was_reading_when_a_change_was_saved_does_not_hide_the_change()
    {
        var cache = new CachedValue<string>();
        var reading = new TaskCompletionSource<string>();

        // A load starts and reads the old data; the change is saved (Invalidate) before that load finishes.
        var slowLoad = cache.GetAsync(() => reading.Task);
        cache.Invalidate();
        reading.SetResult("before the change");
        Assert.Equal("before the change", await slowLoad);

        var next = await cache.GetAsync(() => Task.FromResult("after the change"));

        Assert.Equal("after the change", next);
    }
}
