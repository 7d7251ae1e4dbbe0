using MemberHub.Web.Features.Content.Tracks;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Content;

/// <summary>The app starts with a content folder holding a broken track; the good track is there, the broken one skipped.</summary>
public class ContentStartupTests(ContentStartupTests.BrokenContentFactory factory) : IClassFixture<ContentStartupTests.BrokenContentFactory>
{
    public sealed class BrokenContentFactory : MemberHubFactory
    {
        public string ContentDirectory { get; } = Path.Combine(Path.GetTempPath(), "memberhub-tests", "content-" + Guid.NewGuid().ToString("N"));

        public BrokenContentFactory()
        {
            Write("broken/track.md", "---\ntitle: [unclosed\n---\n");
            Write("fine/track.md", "---\ntitle: Fine\nstages:\n  - key: beginner\n    name: Beginner\n---\n");
            Write("fine/01-hello.md", "---\ntitle: Hello\nstage: beginner\n---\nHello.\n");
            Write("fine/02-bad-date.md", "---\ntitle: Bad date\nstage: beginner\nrelease: tomorrow\n---\nText.\n");
        }

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Storage:ContentDirectory"] = ContentDirectory };

        private void Write(string relativePath, string text)
        {
            var path = Path.Combine(ContentDirectory, "tracks", relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    [Fact]
    public async Task Broken_content_files_do_not_stop_start_up()
    {
        using var client = factory.CreateTestClient();

        var health = await client.Http.GetAsync("/healthz");

        Assert.True(health.IsSuccessStatusCode);
        var track = Assert.Single(await factory.Services.GetRequiredService<TrackCatalog>().AllAsync());
        Assert.Equal("fine", track.Slug);
        Assert.Equal(["hello"], track.Lessons.Select(l => l.Slug));
    }
}
