using MemberHub.Web.Infrastructure.Configuration;

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
}
