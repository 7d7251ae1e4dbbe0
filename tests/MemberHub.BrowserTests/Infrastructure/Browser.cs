using Microsoft.Playwright;

namespace MemberHub.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright (Playwright's own browser download cannot run here).</summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Instance { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install it with 'apt-get install -y chromium fonts-wqy-microhei' (.ci/run does).");
        }
        playwright = await Playwright.CreateAsync();
        // Assertions wait as long as actions do: on a loaded two-core machine a server round trip can pass 5 s.
        Assertions.SetDefaultExpectTimeout(15_000);
        Instance = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task<IPage> NewPageAsync(string baseUrl, string locale = "en-US", int width = 1280, int height = 900)
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Closes every page earlier tests left open, so a test counting the server's circuits counts only its own.</summary>
    public async Task CloseEarlierPagesAsync()
    {
        foreach (var context in Instance.Contexts.ToList())
        {
            await context.CloseAsync();
        }
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>Runs <paramref name="step"/>; when it fails, keeps a screenshot and the page's HTML (name-failed.*) for diagnosis.</summary>
    public static async Task KeepEvidenceAsync(IPage page, string name, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, name + "-failed.html"), await page.ContentAsync());
            await ScreenshotAsync(page, name + "-failed");
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Instance is not null)
        {
            await Instance.DisposeAsync();
        }
        playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Browser>, ICollectionFixture<AppServer>
{
    public const string Name = "browser";
}
