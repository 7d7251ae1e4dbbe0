using System.Reflection;
using MemberHub.Web.Infrastructure.Caching;

namespace MemberHub.Tests.Infrastructure;

public class CacheResetTests
{
    [Fact]
    public void Every_class_that_holds_a_cached_value_can_be_reset_after_a_restore()
    {
        // The services that keep a value until told to drop it (compiler-made async state machines aside).
        var holders = typeof(CachedValue<>).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) && t != typeof(CachedValue<>))
            .Where(t => t.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
                .Any(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(CachedValue<>)))
            .ToList();

        Assert.NotEmpty(holders);
        var missing = holders.Where(t => !typeof(IResettableCache).IsAssignableFrom(t)).Select(t => t.FullName);
        Assert.True(!missing.Any(), string.Join(", ", missing));
    }
}
