using MemberHub.BrowserTests.Infrastructure;
using MemberHub.BrowserTests.Pages;
using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Talks.Schedule;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace MemberHub.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public class TalkJourneyTests(Browser browser, AppServer app)
{
    [Fact]
    public async Task A_member_rsvps_downloads_the_ics_sees_the_join_button_appear_and_asks_a_question_the_host_sees()
    {
        // The talk starts 15 minutes and a few seconds from now: the join window opens while the member watches.
        var ownerId = await OwnerIdAsync();
        var start = DateTime.UtcNow.AddMinutes(15).AddSeconds(8);
        var saved = await app.Services.GetRequiredService<TalkService>().SaveAsync(ownerId, null, new TalkInput
        {
            Title = "Pricing your first yearly plan", Abstract = "With real numbers.", SpeakerName = "Maya Patel", HostId = ownerId,
            LocalStart = DateTime.SpecifyKind(start, DateTimeKind.Unspecified), LocalEnd = DateTime.SpecifyKind(start.AddHours(1), DateTimeKind.Unspecified),
            TimeZoneId = "UTC", JoinUrl = "https://meet.example/yearly", Capacity = 30,
        });
        Assert.True(saved.Succeeded, saved.Error);
        var member = await app.MemberAsync("Rita Rsvp", introduce: true);
        var memberPage = await browser.NewPageAsync(app.BaseUrl);
        var hostPage = await browser.NewPageAsync(app.BaseUrl);
        await new LoginPage(memberPage).LogInAsync(member.Email!, CommunityData.Password);
        await new LoginPage(hostPage).LogInAsync(AppServer.OwnerEmail, AppServer.OwnerPassword);

        await memberPage.GotoAsync($"/talks/{saved.Value}");
        await new Shell(memberPage).WaitUntilReadyAsync();
        await Expect(memberPage.Locator("#join")).ToHaveCountAsync(0);
        await memberPage.ClickAsync("#rsvp");
        await Expect(memberPage.Locator("[data-testid=rsvp-status]")).ToHaveAttributeAsync("data-status", "seated");

        var download = await memberPage.RunAndWaitForDownloadAsync(() => memberPage.ClickAsync("#add-to-calendar"));
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("SUMMARY:Pricing your first yearly plan", ics);

        // No reload: the countdown runs and the button appears when the window opens.
        await Expect(memberPage.Locator("#join")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Browser.ScreenshotAsync(memberPage, "talk-join-open");

        await hostPage.GotoAsync($"/talks/{saved.Value}");
        await new Shell(hostPage).WaitUntilReadyAsync();
        await memberPage.FillAsync("#speaker-question", "How did you pick the discount for the first year?");
        await memberPage.ClickAsync("#send-question");

        await Expect(hostPage.Locator("[data-testid=speaker-question]")).ToContainTextAsync("How did you pick the discount");
        await Expect(hostPage.Locator("[data-testid=mark-answered]")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(hostPage, "talk-host-sees-question");
    }

    private async Task<string> OwnerIdAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.FindByEmailAsync(AppServer.OwnerEmail))!.Id;
    }
}
