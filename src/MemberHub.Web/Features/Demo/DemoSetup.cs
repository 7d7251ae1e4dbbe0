using MemberHub.Web.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Features.Demo;

public static class DemoSetup
{
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<DemoOptions>(DemoOptions.Section);
        builder.Services.AddScoped<DemoCommunity>();
        builder.Services.AddScoped<DemoBoard>();
        builder.Services.AddScoped<DemoTalks>();
        return builder;
    }

    /// <summary>Start-up, when Demo:Seed is on: the demo community is seeded (once) and its sign-ins printed.</summary>
    public static async Task SeedDemoAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Seed)
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var demo = scope.ServiceProvider.GetRequiredService<DemoCommunity>();
        await demo.SeedAsync();
        demo.PrintAccounts();
    }
}
