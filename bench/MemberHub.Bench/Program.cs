namespace MemberHub.Bench;

// Not top-level statements: the name Program belongs to the web app, which WebApplicationFactory<Program> starts.
public static class BenchMain
{
    /// <summary>serve-webhooks [events] [duplicate share] [members] [payload file], serve-lesson [words], serve-board [questions] [answers], serve-board-postgres [questions] [answers] [redis], serve-talks [talks], dashboard [members] [activity] — see bench/README.md.</summary>
    public static async Task<int> Main(string[] args)
    {
        var command = args.FirstOrDefault() ?? "serve-webhooks";
        int Arg(int index, int fallback) => args.Length > index && int.TryParse(args[index], out var value) ? value : fallback;
        switch (command)
        {
            case "serve-webhooks":
                await WebhookBench.ServeAsync(events: Arg(1, 40_000), duplicateShare: args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0,
                    members: Arg(3, 2_000), payloadFile: args.Length > 4 ? args[4] : "webhooks.payloads");
                return 0;
            case "serve-board":
                await BoardBench.ServeAsync(questions: Arg(1, 100_000), answers: Arg(2, 500_000));
                return 0;
            case "serve-board-postgres":
                await PostgresBoardBench.ServeAsync(questions: Arg(1, 100_000), answers: Arg(2, 500_000), redis: args.Length > 3 ? args[3] : null);
                return 0;
            case "serve-talks":
                await TalkBench.ServeAsync(talks: Arg(1, 10_000));
                return 0;
            case "serve-shell":
                await ShellBench.ServeAsync();
                return 0;
            case "dashboard":
                await DashboardBench.RunAsync(members: Arg(1, 50_000), activity: Arg(2, 2_000_000), only: args.Length > 3 ? args[3] : null);
                return 0;
            case "archive":
                await ArchiveBench.RunAsync(members: Arg(1, 50_000), posts: Arg(2, 500_000));
                return 0;
            case "archive-bare" or "archive-export" or "archive-import":
                return await ArchiveBench.StepAsync(command, args[1], args[2]);
            case "serve-lesson":
                await LessonBench.ServeAsync(words: Arg(1, 3_000));
                return 0;
            default:
                Console.Error.WriteLine($"Unknown benchmark '{command}'. Try: serve-webhooks, serve-shell, serve-lesson, serve-board, serve-board-postgres, serve-talks, dashboard, archive");
                return 1;
        }
    }
}
