using System.Net;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.Testing;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Infrastructure.Caching;
using MemberHub.Web.Infrastructure.ScaleOut;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Infrastructure.ScaleOut;

/// <summary>
/// Two instances of the app on one database and one Redis, as behind a load balancer: a sign-in on one works on the
/// other, changes made on one reach pages and caches on the other, rate limits count across both, and a Redis restart
/// interrupts none of it for long.
/// </summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private readonly RedisServer redis = new();
    private Instance a = default!;
    private Instance b = default!;

    public async Task InitializeAsync()
    {
        await redis.StartAsync();
        a = new Instance(redis.Configuration);
        b = new Instance(redis.Configuration, a);
        // Both found Redis among their settings (else the tests below would prove nothing).
        Assert.NotNull(a.Services.GetRequiredService<RedisConnection>().Multiplexer);
        Assert.NotNull(b.Services.GetRequiredService<RedisConnection>().Multiplexer);
    }

    public async Task DisposeAsync()
    {
        await b.DisposeAsync();
        await a.DisposeAsync();
        redis.Dispose();
    }

    [Fact]
    public async Task A_member_signed_in_on_one_instance_keeps_working_on_the_other()
    {
        var member = await a.CreateUserAsync(displayName: "Wendy Both");
        var cookies = new CookieContainer();
        using var onA = new TestClient(a.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)), a);
        using var onB = new TestClient(b.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)), b);

        await onA.LogInAsync(member.Email!, MemberHubFactory.Password);
        var page = await onB.GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("/Account/Login", page.Url.AbsolutePath);
        Assert.Contains("Wendy Both", page.Html);
    }

    [Fact]
    public async Task An_answer_posted_on_one_instance_reaches_pages_following_the_thread_on_the_other()
    {
        var asker = await a.MemberAsync();
        var question = await a.AskAsync(asker.Id);
        var heardOnB = Heard(b, question);

        await a.AnswerAsync((await a.ExpertAsync()).Id, question);

        Assert.Equal(question, await heardOnB.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_change_on_one_instance_drops_the_cached_copy_on_the_other()
    {
        var reads = 0;
        Task<UnreadCount> Read(CancellationToken _) => Task.FromResult(new UnreadCount(++reads));
        var onB = b.Services.GetRequiredService<PerUserCache<UnreadCount>>();
        Assert.Equal(1, (await onB.GetAsync("someone", Read)).Value);
        Assert.Equal(1, (await onB.GetAsync("someone", Read)).Value);

        a.Services.GetRequiredService<PerUserCache<UnreadCount>>().Changed("someone");

        Assert.True(await EventuallyAsync(async () => (await onB.GetAsync("someone", Read)).Value > 1), "B kept its copy after A's change");
    }

    [Fact]
    public async Task A_tag_added_on_one_instance_is_listed_at_once_on_the_other()
    {
        var onB = b.Services.GetRequiredService<Web.Features.Questions.Tags.TagService>();
        var before = await onB.ListAsync();

        var slug = "cross-" + Guid.NewGuid().ToString("N")[..8];
        await a.TagAsync(slug);

        Assert.DoesNotContain(before, t => t.Slug == slug);
        Assert.True(await EventuallyAsync(async () => (await onB.ListAsync()).Any(t => t.Slug == slug)), "B kept listing its old tags after A added one");
    }

    [Fact]
    public async Task After_redis_restarts_the_instances_reconnect_and_live_updates_resume()
    {
        var asker = await a.MemberAsync();
        var expert = await a.ExpertAsync();
        var during = await a.AskAsync(asker.Id);

        redis.Stop();
        // Work goes on while Redis is away: nothing that members do depends on it.
        await a.AnswerAsync(expert.Id, during);
        await redis.StartAsync();

        var after = await a.AskAsync(asker.Id);
        Assert.True(await EventuallyAsync(async () =>
        {
            var heard = Heard(b, after);
            await a.AnswerAsync(expert.Id, after, "Another answer, once Redis is back.");
            return await Task.WhenAny(heard, Task.Delay(1000)) == heard;
        }, attempts: 30), "B heard nothing from A after Redis came back");
        Assert.Equal(1, await a.QueryAsync(db => db.Set<Answer>().CountAsync(x => x.QuestionId == during)));
    }

    [Fact]
    public async Task Password_checks_are_counted_once_for_all_instances()
    {
        await using var first = new Instance(redis.Configuration, accountPermitLimit: 3);
        await using var second = new Instance(redis.Configuration, first, accountPermitLimit: 3);
        var statuses = new List<HttpStatusCode>();

        foreach (var instance in new[] { first, second, first, second })
        {
            using var client = instance.CreateTestClient();
            var page = await client.GetAsync("/Account/Login");
            using var response = await client.PostRawAsync("/Account/Login", page, "login",
                new Dictionary<string, string> { ["Input.Email"] = "nobody@test.memberhub.local", ["Input.Password"] = "Wrong-pass-2026" });
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    private static Task<int> Heard(Instance instance, int questionId)
    {
        var heard = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = instance.Services.GetRequiredService<QuestionEvents>().Subscribe(id => id == questionId, id => heard.TrySetResult(id));
        _ = heard.Task.ContinueWith(_ => subscription.Dispose(), TaskScheduler.Default);
        return heard.Task;
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, int attempts = 50)
    {
        for (var i = 0; i < attempts; i++)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(200);
        }
        return false;
    }

    /// <summary>One instance; a second one shares the first one's database.</summary>
    private sealed class Instance(string redis, Instance? first = null, int? accountPermitLimit = null) : MemberHubFactory
    {
        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = first is null ? [] : SameDatabaseAs(first);
                settings["Redis:Configuration"] = redis;
                if (accountPermitLimit is { } limit)
                {
                    settings["Security:AccountPermitLimit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                return settings;
            }
        }
    }
}
