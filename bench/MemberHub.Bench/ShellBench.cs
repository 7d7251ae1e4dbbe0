using MemberHub.Web.Data;
using MemberHub.Web.Features.Questions.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.Bench;

/// <summary>serve-shell: the demo community (small data), for what every page pays: the shell, the viewer, the pipeline.</summary>
public static class ShellBench
{
    public static async Task ServeAsync()
    {
        await using var host = new BenchHost(new Dictionary<string, string?> { ["Demo:Seed"] = "true" });
        var cookie = await host.MemberCookieAsync();
        var thread = await host.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext()
            .Set<Question>().OrderByDescending(q => q.AnswerCount).Select(q => q.Id).FirstAsync();
        Console.WriteLine($"READY {host.BaseUrl} {thread} {cookie}");
        await Task.Delay(Timeout.Infinite);
    }
}
