using MemberHub.IntegrationTests.Features.Community;
using MemberHub.Web.Features.Notifications;
using MemberHub.Web.Features.Questions.Board;

namespace MemberHub.IntegrationTests.Features.Questions;

/// <summary>The experts' queue: what waits, oldest first; claims that expire; who hears about new questions.</summary>
public class ExpertQueueTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task Waiting_questions_come_oldest_first_and_filter_by_tag_and_stage()
    {
        var asker = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var tag = await factory.TagAsync();
        var older = await factory.AskAsync(asker.Id, Board.Input("Older beginner question", tags: tag));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await factory.AskAsync(asker.Id, Board.Input("Newer advanced question", stage: QuestionStage.Advanced, tags: tag));
        var answered = await factory.AskAsync(asker.Id, Board.Input("Already answered question", tags: tag));
        await factory.AnswerAsync(expert.Id, answered);

        var byTag = (await factory.Queue().WaitingAsync(expert.Id, tagId: tag))!.Select(q => q.Id).ToList();
        var advanced = (await factory.Queue().WaitingAsync(expert.Id, tagId: tag, stage: QuestionStage.Advanced))!.Select(q => q.Id).ToList();

        Assert.Equal([older, newer], byTag);
        Assert.Equal([newer], advanced);
        Assert.Null(await factory.Queue().WaitingAsync(asker.Id));
    }

    [Fact]
    public async Task A_claim_keeps_other_experts_off_for_two_hours_then_expires()
    {
        var asker = await factory.MemberAsync();
        var first = await factory.ExpertAsync();
        var second = await factory.ExpertAsync();
        var id = await factory.AskAsync(asker.Id);

        var claimed = await factory.Queue().ClaimAsync(first.Id, id);
        var blocked = await factory.Queue().ClaimAsync(second.Id, id);
        var byMember = await factory.Queue().ClaimAsync(asker.Id, id);
        factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(59));
        var stillBlocked = await factory.Queue().ClaimAsync(second.Id, id);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var afterExpiry = await factory.Queue().ClaimAsync(second.Id, id);

        Assert.True(claimed.Succeeded, claimed.Error);
        Assert.Equal("Another expert is already on it.", blocked.Error);
        Assert.Equal("Only resident experts can do that.", byMember.Error);
        Assert.False(stillBlocked.Succeeded);
        Assert.True(afterExpiry.Succeeded, afterExpiry.Error);
        Assert.Equal(second.Id, (await factory.QuestionAsync(id)).ClaimedById);
    }

    [Fact]
    public async Task An_expert_answer_ends_the_claim_and_takes_the_question_out_of_the_queue()
    {
        var asker = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var id = await factory.AskAsync(asker.Id);
        Assert.True((await factory.Queue().ClaimAsync(expert.Id, id)).Succeeded);

        await factory.AnswerAsync(expert.Id, id);

        Assert.Null((await factory.QuestionAsync(id)).ClaimedById);
        Assert.DoesNotContain((await factory.Queue().WaitingAsync(expert.Id))!, q => q.Id == id);
        Assert.Equal("This question is no longer waiting for an expert.", (await factory.Queue().ClaimAsync(expert.Id, id)).Error);
    }

    [Fact]
    public async Task Experts_hear_about_new_questions_in_their_tags_and_those_who_chose_none_hear_about_all()
    {
        var asker = await factory.MemberAsync();
        var pricingTag = await factory.TagAsync();
        var contentTag = await factory.TagAsync();
        var pricingExpert = await factory.ExpertAsync();
        var contentExpert = await factory.ExpertAsync();
        var generalist = await factory.ExpertAsync();
        Assert.True((await factory.Tags().FollowAsync(pricingExpert.Id, [pricingTag])).Succeeded);
        Assert.True((await factory.Tags().FollowAsync(contentExpert.Id, [contentTag])).Succeeded);

        var id = await factory.AskAsync(asker.Id, Board.Input("A pricing question for the pricing expert", tags: pricingTag));

        bool Told(List<Notification> list) => list.Any(n => n.Kind == NotificationKinds.NewQuestion && n.Link == $"/questions/{id}");
        Assert.True(Told(await factory.NotificationsOfAsync(pricingExpert.Id)));
        Assert.False(Told(await factory.NotificationsOfAsync(contentExpert.Id)));
        Assert.True(Told(await factory.NotificationsOfAsync(generalist.Id)));
        Assert.Equal("Only resident experts can do that.", (await factory.Tags().FollowAsync(asker.Id, [pricingTag])).Error);
    }

    [Fact]
    public async Task Askers_are_told_about_comments_in_their_threads()
    {
        var asker = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var commenter = await factory.MemberAsync();
        var id = await factory.AskAsync(asker.Id);
        var answer = await factory.AnswerAsync(expert.Id, id);

        Assert.True((await factory.Comments().CommentAsync(commenter.Id, answer, "Does this work for yearly plans too?")).Succeeded);

        Assert.Contains(await factory.NotificationsOfAsync(asker.Id), n => n.Kind == NotificationKinds.QuestionCommented);
        Assert.Contains(await factory.NotificationsOfAsync(expert.Id), n => n.Kind == NotificationKinds.QuestionCommented);
        Assert.DoesNotContain(await factory.NotificationsOfAsync(commenter.Id), n => n.Kind == NotificationKinds.QuestionCommented);
    }
}
