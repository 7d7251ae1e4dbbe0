using MemberHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace MemberHub.BrowserTests.Pages;

public sealed class AskPage(IPage page)
{
    public async Task AskAsync(string title, string body)
    {
        await page.GotoAsync("/questions/ask");
        await new Shell(page).WaitUntilReadyAsync();
        await page.FillAsync("#question-title", title);
        await page.FillAsync("#question-body", body);
        await Browser.ScreenshotAsync(page, "board-ask");
        await page.ClickAsync("#post-question");
        await Browser.KeepEvidenceAsync(page, "board-ask-posted", () =>
            page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/questions/\d+$")));
    }
}

public sealed class ThreadPage(IPage page)
{
    public int Id => int.Parse(page.Url.Split('/').Last());

    public async Task OpenAsync(int id)
    {
        await page.GotoAsync($"/questions/{id}");
        await new Shell(page).WaitUntilReadyAsync();
    }

    public ILocator Answers => page.Locator("[data-testid=answer]");

    public ILocator State => page.Locator("[data-testid=question] [data-testid=question-state]");

    public async Task AnswerAsync(string text)
    {
        await page.FillAsync("#answer-body", text);
        await page.ClickAsync("#post-answer");
    }
}
