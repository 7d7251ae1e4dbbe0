using MemberHub.IntegrationTests.Features.Community;
using MemberHub.Web.Features.Talks.Rsvps;

namespace MemberHub.IntegrationTests.Features.Talks;

/// <summary>The talks lists and each reader's seat and votes are kept between two changes; every change shows on the next read.</summary>
public class KeptTalkReadsTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_seat_taken_or_given_up_shows_at_once_on_the_list_and_on_the_page_and_the_queue_moves_up()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(2), capacity: 1);
        var first = await factory.MemberAsync();
        var second = await factory.MemberAsync();
        Assert.Equal(RsvpStatus.None, await ListedSeatAsync(first.Id, talk));
        Assert.Equal(RsvpStatus.None, (await factory.TalkReader().DetailAsync(second.Id, talk))!.Rsvp);

        Assert.Equal(RsvpStatus.Seated, await factory.RsvpAsync(first.Id, talk));
        Assert.Equal(RsvpStatus.Waitlisted, await factory.RsvpAsync(second.Id, talk));

        Assert.Equal(RsvpStatus.Seated, await ListedSeatAsync(first.Id, talk));
        Assert.Equal(1, (await factory.TalkReader().ListAsync(second.Id, past: false, onlyMine: false)).Single(t => t.Talk.Id == talk).Seats);
        var waiting = (await factory.TalkReader().DetailAsync(second.Id, talk))!;
        Assert.Equal((RsvpStatus.Waitlisted, 1), (waiting.Rsvp, waiting.WaitlistPosition));

        Assert.True((await factory.Rsvps().CancelAsync(first.Id, talk)).Succeeded);

        Assert.Equal(RsvpStatus.None, await ListedSeatAsync(first.Id, talk));
        Assert.Equal(RsvpStatus.Seated, (await factory.TalkReader().DetailAsync(second.Id, talk))!.Rsvp);
        Assert.Equal(RsvpStatus.Seated, await ListedSeatAsync(second.Id, talk));
    }

    [Fact]
    public async Task A_vote_for_a_speaker_question_shows_at_once_for_the_voter_only()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(2));
        var asker = await factory.MemberAsync();
        var voter = await factory.MemberAsync();
        await factory.RsvpAsync(asker.Id, talk);
        await factory.RsvpAsync(voter.Id, talk);
        var asked = await factory.SpeakerQuestions().AskAsync(asker.Id, talk, "Which price did you start with?");
        Assert.True(asked.Succeeded, asked.Error);
        Assert.False((await factory.SpeakerQuestions().ListAsync(voter.Id, talk)).Single().VotedByViewer);

        Assert.True((await factory.SpeakerQuestions().VoteAsync(voter.Id, asked.Value)).Succeeded);

        Assert.True((await factory.SpeakerQuestions().ListAsync(voter.Id, talk)).Single().VotedByViewer);
        Assert.False((await factory.SpeakerQuestions().ListAsync(asker.Id, talk)).Single().VotedByViewer);
    }

    private async Task<RsvpStatus> ListedSeatAsync(string userId, int talk) =>
        (await factory.TalkReader().ListAsync(userId, past: false, onlyMine: false)).Single(t => t.Talk.Id == talk).Rsvp;
}
