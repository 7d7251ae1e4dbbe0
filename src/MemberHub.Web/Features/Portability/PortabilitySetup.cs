using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Portability.Archive;
using MemberHub.Web.Features.Portability.Export;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Portability;

/// <summary>Leaving and arriving: the whole community exported as one archive, restored elsewhere, and backed up.</summary>
public static class PortabilitySetup
{
    public static WebApplicationBuilder AddPortability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ArchiveWriter>();
        builder.Services.AddSingleton<ArchiveImporter>();
        builder.Services.AddSingleton<Import.ArchiveRestore>();
        builder.Services.AddSingleton<ExportQueue>();
        builder.Services.AddSingleton<ExportFiles>();
        builder.Services.AddSingleton<ExportProgress>();
        builder.Services.AddSingleton<ExportService>();
        builder.Services.AddSingleton<ExportWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ExportWorker>());
        builder.Services.AddSingleton<Backup.BackupService>();
        builder.Services.AddSingleton<MovingIn.MemberImport>();
        builder.Services.AddSingleton<MovingIn.Threads.ThreadImport>();
        builder.Services.AddHostedService<Backup.BackupScheduler>();
        builder.Services.AddSingleton<MovingIn.InvitationSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MovingIn.InvitationSender>());
        return builder;
    }

    public static WebApplication MapPortability(this WebApplication app)
    {
        // The archive streams from its file; the service checks the Owner and the link's expiry at the moment of download.
        app.MapGet("/owner/export/{id:guid}/download", async (Guid id, HttpContext http, ExportService exports, IStringLocalizer<PortabilityText> text) =>
        {
            var found = await exports.DownloadAsync(http.User.UserId(), id, http.RequestAborted);
            if (!found.Succeeded)
            {
                var status = found.Field switch { "id" => StatusCodes.Status404NotFound, "expired" => StatusCodes.Status410Gone, _ => StatusCodes.Status403Forbidden };
                return Results.Problem(found.Error, statusCode: status);
            }
            var (job, path) = found.Value;
            return Results.File(path, "application/zip", job.FileName, enableRangeProcessing: true);
        }).RequireAuthorization(AppPolicies.OwnerOnly);
        return app;
    }
}
