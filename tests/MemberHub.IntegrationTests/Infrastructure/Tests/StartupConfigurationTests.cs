using System.Diagnostics;

namespace MemberHub.IntegrationTests.Infrastructure.Tests;

/// <summary>Starts the built app as a real process with broken settings and reads what it prints.</summary>
public class StartupConfigurationTests
{
    [Theory]
    [InlineData("Email__Smtp__Port", "70000", "Email:Smtp:Port must be a port number between 1 and 65535")]
    [InlineData("Email__Smtp__Port", "abc", "'Email:Smtp:Port'")]
    [InlineData("Email__From", "not an address", "Email:From must be a sender address")]
    [InlineData("Owner__Email", "owner@example.com", "Owner:Email and Owner:Password must be set together")]
    [InlineData("Security__AccountPermitLimit", "0", "Security:AccountPermitLimit must be between 1 and 10000")]
    public async Task Bad_setting_stops_start_up_with_one_line_naming_the_key(string variable, string value, string expected)
    {
        var (exitCode, output, error) = await RunAppAsync(new Dictionary<string, string> { [variable] = value });

        Assert.Equal(1, exitCode);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("Configuration error: ", lines[0]);
        Assert.Contains(expected, lines[0]);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public async Task Production_without_Stripe_keys_stops_with_one_line_naming_them()
    {
        var (exitCode, output, error) = await RunAppAsync([]);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Configuration error: ", line);
        Assert.Contains("Stripe:SecretKey and Stripe:WebhookSecret are required outside Development", line);
        Assert.Contains("Stripe:TestMode=true", line);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public async Task Production_with_test_mode_chosen_explicitly_starts()
    {
        var output = await RunUntilListeningAsync(new Dictionary<string, string> { ["Stripe__TestMode"] = "true" });

        Assert.Contains("Now listening on", output);
    }

    [Fact]
    public async Task A_build_started_from_its_own_folder_imports_the_content_it_carries()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "memberhub-tests", Guid.NewGuid().ToString("N"));

        var output = await RunUntilListeningAsync(new Dictionary<string, string>
        {
            ["Stripe__TestMode"] = "true", ["Storage__DataDirectory"] = dataDirectory,
        });

        Assert.Contains("Now listening on", output);
        Assert.True(File.Exists(Path.Combine(AppBuildOutput(), "content", "tracks", "growing-a-community", "track.md")));
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dataDirectory, "memberhub.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Tracks WHERE Slug = 'growing-a-community'";
        Assert.Equal(1L, (long)command.ExecuteScalar()!);
    }

    private static async Task<string> RunUntilListeningAsync(Dictionary<string, string> environment)
    {
        using var process = Process.Start(StartInfo(environment))!;
        var seen = new System.Text.StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                seen.AppendLine(line);
                if (line.Contains("Now listening on", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
        return seen + await process.StandardError.ReadToEndAsync();
    }

    private static ProcessStartInfo StartInfo(Dictionary<string, string> environment)
    {
        var app = AppBuildOutput();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "memberhub-tests", Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet", [Path.Combine(app, "MemberHub.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = app,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataDirectory"] = dataDirectory;
        // As an operator runs a published build: from its own folder, with no content setting.
        start.Environment.Remove("Storage__ContentDirectory");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        return start;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAppAsync(Dictionary<string, string> environment)
    {
        var start = StartInfo(environment);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The app did not stop on a bad setting: " + await output);
        }
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The web project's own build output (with its runtimeconfig), same configuration as these tests.</summary>
    private static string AppBuildOutput()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "MemberHub.sln")))
        {
            root = root.Parent;
        }
        return Path.Combine(root!.FullName, "src", "MemberHub.Web", "bin", configuration, framework);
    }
}
