using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Questions.Experts;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Questions;

/// <summary>A question waiting past the Owner's threshold for an expert's first answer alerts the experts and the Owner, once.</summary>
public sealed class WaitingQuestionAlertTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private WaitingQuestionAlerts Alerts => factory.Services.GetRequiredService<WaitingQuestionAlerts>();

    private async Task<int> AlertsAboutAsync(string userId, int questionId) =>
        (await factory.NotificationsOfAsync(userId)).Count(n => n.Kind == NotificationKinds.QuestionWaiting && n.Link == $"/questions/{questionId}");

    [Fact]
    public async Task A_question_past_the_threshold_alerts_experts_and_the_owner_once_and_an_answered_one_alerts_nobody()
    {
        var asker = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var bannedExpert = await factory.ExpertAsync();
        var owner = await factory.OwnerAsync();
        Assert.True((await factory.Services.GetRequiredService<ModerationService>().BanAsync(owner.Id, bannedExpert.Id, "Spam", cancelSubscriptionNow: true)).Succeeded);
        var waiting = await factory.AskAsync(asker.Id, Board.Input("Who answers a question nobody answered for a day?"));
        var answered = await factory.AskAsync(asker.Id, Board.Input("A question an expert answers within the day?"));
        await factory.AnswerAsync(expert.Id, answered);

        factory.Clock.Advance(TimeSpan.FromHours(23));
        await Alerts.ScanAsync();
        var beforeThreshold = await AlertsAboutAsync(expert.Id, waiting);
        factory.Clock.Advance(TimeSpan.FromHours(2));
        await Alerts.ScanAsync();
        await Alerts.ScanAsync();

        Assert.Equal(0, beforeThreshold);
        Assert.Equal(1, await AlertsAboutAsync(expert.Id, waiting));
        Assert.Equal(1, await AlertsAboutAsync(owner.Id, waiting));
        Assert.Equal(0, await AlertsAboutAsync(bannedExpert.Id, waiting));
        Assert.Equal(0, await AlertsAboutAsync(asker.Id, waiting));
        Assert.Equal(0, await AlertsAboutAsync(expert.Id, answered));
    }

    [Fact]
    public async Task An_owner_who_sets_no_threshold_gets_no_alerts()
    {
        var settings = factory.Services.GetRequiredService<CommunitySettingsService>();
        var owner = await factory.OwnerAsync();
        var input = CommunitySettingsInput.From(await settings.GetAsync());
        var previous = input.ExpertAlertHours;
        input.ExpertAlertHours = 0;
        Assert.True((await settings.SaveAsync(owner.Id, input)).Succeeded);
        try
        {
            var asker = await factory.MemberAsync();
            var question = await factory.AskAsync(asker.Id, Board.Input("Does anyone hear about this one when alerts are off?"));
            factory.Clock.Advance(TimeSpan.FromDays(3));

            Assert.Equal(0, await Alerts.ScanAsync());
            Assert.Equal(0, await AlertsAboutAsync(owner.Id, question));
        }
        finally
        {
            input.ExpertAlertHours = previous;
            Assert.True((await settings.SaveAsync(owner.Id, input)).Succeeded);
        }
    }
}
