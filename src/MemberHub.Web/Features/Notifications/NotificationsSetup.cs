using MemberHub.Web.Infrastructure.Configuration;

namespace MemberHub.Web.Features.Notifications;

public static class NotificationsSetup
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<NotificationOptions>(NotificationOptions.Section);
        builder.Services.AddSingleton<NotificationHub>();
        builder.Services.AddSingleton<NotificationCenter>();
        builder.Services.AddSingleton<Infrastructure.Caching.PerUserCache<UnreadCount>>();
        builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, UnreadChanges>();
        builder.Services.AddSingleton<NotificationMailer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NotificationMailer>());
        return builder;
    }

    public static WebApplication MapNotifications(this WebApplication app)
    {
        app.MapUnreadStream();
        return app;
    }
}
