using System.IO.Compression;
using System.Net;
using System.Text.Json;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Portability.Archive;
using MemberHub.Web.Features.Portability.Export;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Portability;

/// <summary>The Owner's export: it runs in the background, tells the Owner, downloads for the Owner only, and expires.</summary>
/// <remarks>SQLite only: on PostgreSQL these features refuse (pg_dump is the tool), see <see cref="DatabaseProviderTests"/>.</remarks>
[Trait("Database", "SqliteOnly")]
public class ExportTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task An_export_runs_in_the_background_notifies_the_owner_and_downloads_until_its_link_expires()
    {
        var owner = await factory.OwnerAsync();
        await factory.MemberAsync(name: "张伟");
        var exports = factory.Services.GetRequiredService<ExportService>();

        var requested = await exports.RequestAsync(owner.Id);
        Assert.True(requested.Succeeded, requested.Error);
        var job = await ReadyAsync(requested.Value);

        Assert.Equal(ExportState.Ready, job.State);
        Assert.True(job.RowsDone > 0 && job.Bytes > 0);
        var notice = Assert.Single(await factory.NotificationsOfAsync(owner.Id), n => n.Kind == NotificationKinds.ExportReady);
        Assert.Equal($"/owner/export/{job.Id:N}/download", notice.Link);
        using var ownerClient = factory.CreateTestClient();
        await ownerClient.LogInAsync(owner.Email!, MemberHubFactory.OwnerPassword);
        using var download = await ownerClient.Http.GetAsync(notice.Link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(job.FileName, download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        await using (var body = await download.Content.ReadAsStreamAsync())
        using (var zip = new ZipArchive(body))
        using (var manifest = zip.GetEntry(ArchiveManifest.FileName)!.Open())
        {
            var read = await JsonSerializer.DeserializeAsync<ArchiveManifest>(manifest, ArchiveManifest.Json);
            Assert.Equal(job.RowsDone, read!.Tables.Sum(t => t.Rows));
            Assert.DoesNotContain(read.Tables, t => t.Name == "ExportJobs");
            using var users = new StreamReader(zip.GetEntry(ArchiveManifest.RecordsFolder + "AspNetUsers.jsonl")!.Open());
            Assert.Contains("张伟", await users.ReadToEndAsync());
        }

        using var memberClient = factory.CreateTestClient();
        var member = await factory.MemberAsync();
        await memberClient.LogInAsync(member.Email!, MemberHubFactory.Password);
        using var refused = await memberClient.Http.GetAsync(notice.Link);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.False((await exports.RequestAsync(member.Id)).Succeeded);

        factory.Clock.Advance(ExportWorker.LinkLifetime + TimeSpan.FromMinutes(1));
        await factory.Services.GetRequiredService<ExportWorker>().SweepAsync();
        using var expired = await ownerClient.Http.GetAsync(notice.Link);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.False(File.Exists(factory.Services.GetRequiredService<ExportFiles>().PathOf(job.Id)));
        using var unknown = await ownerClient.Http.GetAsync($"/owner/export/{Guid.NewGuid():N}/download");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_export_page_shows_the_owner_a_finished_export_with_its_link()
    {
        var owner = await factory.OwnerAsync();
        var requested = await factory.Services.GetRequiredService<ExportService>().RequestAsync(owner.Id);
        Assert.True(requested.Succeeded, requested.Error);
        var job = await ReadyAsync(requested.Value);
        using var client = factory.CreateTestClient();
        await client.LogInAsync(owner.Email!, MemberHubFactory.OwnerPassword);

        var page = await client.GetAsync("/owner/export");

        Assert.NotNull(page.Find("#export-start"));
        Assert.Contains($"/owner/export/{job.Id:N}/download", page.Html);
        var zh = await client.GetAsync("/owner/export", "zh-CN");
        Assert.Contains("导出社群", zh.Text);
    }

    private async Task<ExportJob> ReadyAsync(Guid id)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var job = await factory.QueryAsync(db => db.Set<ExportJob>().AsNoTracking().SingleAsync(j => j.Id == id));
            if (job.State is ExportState.Ready or ExportState.Failed)
            {
                return job;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Export {id} did not finish");
    }
}
