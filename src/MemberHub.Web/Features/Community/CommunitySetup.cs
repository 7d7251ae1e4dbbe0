using MemberHub.Web.Infrastructure.Localization;

namespace MemberHub.Web.Features.Community;

public static class CommunitySetup
{
    public static WebApplicationBuilder AddCommunity(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CommunitySettingsService>();
        builder.Services.AddSingleton<ICommunityDefaults>(sp => sp.GetRequiredService<CommunitySettingsService>());
        return builder;
    }
}
