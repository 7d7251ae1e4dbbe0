using MemberHub.Web.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Infrastructure.Email;

public static class EmailSetup
{
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<EmailOptions>(EmailOptions.Section);
        builder.Services.AddSingleton<Outbox>();
        builder.Services.AddSingleton<SmtpEmailTransport>();
        builder.Services.AddSingleton<OutboxEmailTransport>();
        builder.Services.AddSingleton<IEmailTransport>(services =>
            services.GetRequiredService<IOptions<EmailOptions>>().Value.UsesSmtp
                ? services.GetRequiredService<SmtpEmailTransport>()
                : services.GetRequiredService<OutboxEmailTransport>());
        return builder;
    }
}
