using System.Net;
using Ical.Net;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.IntegrationTests.Features.Memberships;
using MemberHub.IntegrationTests.Features.Questions;
using MemberHub.Web.Features.Questions.Board;
using MemberHub.Web.Features.Talks.Rsvps;
using Microsoft.EntityFrameworkCore;

namespace MemberHub.IntegrationTests.Features.Talks;

/// <summary>The join link, the calendar files and the speaker questions, checked on the server.</summary>
public class JoinAndCalendarTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private async Task<TestClient> SignedInAsync(string email)
    {
        var client = factory.CreateTestClient();
        await client.LogInAsync(email, MemberHubFactory.Password);
        return client;
    }

    [Fact]
    public async Task The_join_link_opens_15_minutes_before_for_members_with_a_seat_and_each_join_is_attendance()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromMinutes(40));
        var member = await factory.MemberAsync();
        var noSeat = await factory.MemberAsync();
        await factory.RsvpAsync(member.Id, talk);
        using var client = await SignedInAsync(member.Email!);
        using var other = await SignedInAsync(noSeat.Email!);

        var early = await client.Http.GetAsync($"/talks/{talk}/join");
        factory.Clock.Advance(TimeSpan.FromMinutes(26));
        var inWindow = await client.Http.GetAsync($"/talks/{talk}/join");
        var withoutSeat = await other.Http.GetAsync($"/talks/{talk}/join");
        factory.Clock.Advance(TimeSpan.FromHours(2));
        var after = await client.Http.GetAsync($"/talks/{talk}/join");

        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);
        Assert.Contains("opens 15 minutes before", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, inWindow.StatusCode);
        Assert.Equal("https://meet.example/room-1", inWindow.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, withoutSeat.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<TalkAttendance>().CountAsync(a => a.TalkId == talk && a.UserId == member.Id)));
    }

    [Fact]
    public async Task A_member_below_the_talks_tier_gets_no_join_link_and_no_calendar_file()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromMinutes(10), minimumRank: 5_000);
        var member = await factory.MemberAsync();
        using var client = await SignedInAsync(member.Email!);

        var join = await client.Http.GetAsync($"/talks/{talk}/join");
        var ics = await client.Http.GetAsync($"/talks/{talk}/talk.ics");
        var unknown = await client.Http.GetAsync("/talks/999999/talk.ics");

        Assert.Equal(HttpStatusCode.Forbidden, join.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ics.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_ics_file_and_the_personal_feed_parse_back_and_a_revoked_feed_stops_working()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(5));
        var member = await factory.MemberAsync();
        await factory.RsvpAsync(member.Id, talk);
        using var client = await SignedInAsync(member.Email!);
        var token = await factory.Calendar().TokenAsync(member.Id);

        var file = await client.Http.GetAsync($"/talks/{talk}/talk.ics");
        using var anonymous = factory.CreateTestClient();
        var feed = await anonymous.Http.GetAsync($"/calendar/{token}.ics");
        var newToken = await factory.Calendar().RevokeAsync(member.Id);
        var revoked = await anonymous.Http.GetAsync($"/calendar/{token}.ics");

        Assert.Equal("text/calendar", file.Content.Headers.ContentType!.MediaType);
        var fromFile = Assert.Single(Calendar.Load(await file.Content.ReadAsStringAsync())!.Events);
        Assert.Equal("Pricing a yearly plan", fromFile.Summary);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime.AddDays(5), fromFile.Start!.AsUtc, TimeSpan.FromSeconds(1));
        Assert.Contains(Calendar.Load(await feed.Content.ReadAsStringAsync())!.Events, e => e.Uid == $"talk-{talk}@memberhub");
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.NotEqual(token, newToken);
    }

    [Fact]
    public async Task Speaker_questions_are_sorted_by_votes_answered_by_the_host_and_the_rest_move_to_the_board()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromHours(3));
        var asker = await factory.MemberAsync();
        var voter = await factory.MemberAsync();
        var owner = await factory.OwnerAsync();
        var quiet = (await factory.SpeakerQuestions().AskAsync(asker.Id, talk, "How do you price the first year?")).Value;
        var popular = (await factory.SpeakerQuestions().AskAsync(asker.Id, talk, "What made members renew?")).Value;

        var own = await factory.SpeakerQuestions().VoteAsync(asker.Id, popular);
        Assert.True((await factory.SpeakerQuestions().VoteAsync(voter.Id, popular)).Succeeded);
        var byMember = await factory.SpeakerQuestions().MarkAnsweredAsync(voter.Id, popular);
        Assert.True((await factory.SpeakerQuestions().MarkAnsweredAsync(owner.Id, popular)).Succeeded);
        var tooEarly = await factory.SpeakerQuestions().MoveUnansweredToBoardAsync(owner.Id, talk);
        var hostView = await factory.SpeakerQuestions().ListAsync(owner.Id, talk);
        factory.Clock.Advance(TimeSpan.FromHours(5));
        var moved = await factory.SpeakerQuestions().MoveUnansweredToBoardAsync(owner.Id, talk);
        var afterTalk = await factory.SpeakerQuestions().AskAsync(voter.Id, talk, "Too late?");

        Assert.Equal("You cannot vote on your own question.", own.Error);
        Assert.Equal("Only the host or the Owner can do that.", byMember.Error);
        Assert.False(tooEarly.Succeeded);
        Assert.Equal([quiet, popular], hostView.Select(q => q.Id));
        Assert.Equal(1, moved.Value);
        Assert.Equal("This talk is over.", afterTalk.Error);
        var onBoard = await factory.QueryAsync(db => db.Set<Question>().SingleAsync(q => q.TalkId == talk));
        Assert.Equal(asker.Id, onBoard.AuthorId);
        Assert.Equal("How do you price the first year?", onBoard.Title);
        var thread = await factory.Reader().ThreadAsync(voter.Id, onBoard.Id);
        Assert.Equal($"/talks/{talk}", thread!.Question.Talk!.Url);
    }

    [Fact]
    public async Task A_board_question_can_be_asked_about_a_talk_and_links_back_to_it()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(1));
        var member = await factory.MemberAsync();
        using var client = await SignedInAsync(member.Email!);
        var input = Board.Input("What did the speaker mean by founding-member pricing?");

        var askPage = await client.GetAsync($"/questions/ask?talk={talk}");
        input.TalkId = 999_999;
        var unknown = await factory.Questions().AskAsync(member.Id, input);
        input.TalkId = talk;
        var asked = await factory.AskAsync(member.Id, input);

        Assert.Contains("Pricing a yearly plan", askPage.Find("[data-testid=about-talk]")!.TextContent);
        Assert.Equal("TalkId", unknown.Field);
        Assert.Equal($"/talks/{talk}", (await factory.Reader().ThreadAsync(member.Id, asked))!.Question.Talk!.Url);
    }

    [Fact]
    public async Task Speaker_questions_follow_the_community_posting_rules()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromDays(2));
        var newcomer = await factory.MemberAsync(introduce: false);
        var member = await factory.MemberAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(1));

        var beforeIntroducing = await factory.SpeakerQuestions().AskAsync(newcomer.Id, talk, "Can I ask before introducing myself?");
        for (var i = 0; i < 6; i++)
        {
            Assert.True((await factory.SpeakerQuestions().AskAsync(member.Id, talk, $"Question {i}")).Succeeded);
        }
        var tooFast = await factory.SpeakerQuestions().AskAsync(member.Id, talk, "One more, quickly");

        Assert.False(beforeIntroducing.Succeeded);
        Assert.False(tooFast.Succeeded);
        Assert.Equal("Question", tooFast.Field);
    }

    [Fact]
    public async Task Joining_from_several_tabs_at_once_gives_everyone_the_link_and_records_one_attendance()
    {
        var talk = await factory.TalkAsync(TimeSpan.FromMinutes(5));
        var member = await factory.MemberAsync();
        await factory.RsvpAsync(member.Id, talk);

        var joins = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => factory.Rsvps().JoinAsync(member.Id, talk))));

        Assert.All(joins, j => Assert.Equal("https://meet.example/room-1", j.Value));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<TalkAttendance>().CountAsync(a => a.TalkId == talk && a.UserId == member.Id)));
    }

    [Fact]
    public async Task A_guest_account_may_come_to_its_own_talk_only()
    {
        var guest = await factory.CreateUserAsync();
        var input = await factory.InputAsync(TimeSpan.FromMinutes(10));
        input.GuestEmail = guest.Email;
        var own = (await factory.Schedule().SaveAsync((await factory.OwnerAsync()).Id, null, input)).Value;
        var other = await factory.TalkAsync(TimeSpan.FromMinutes(10));
        using var client = await SignedInAsync(guest.Email!);

        var ownJoin = await client.Http.GetAsync($"/talks/{own}/join");
        var otherJoin = await client.Http.GetAsync($"/talks/{other}/join");
        var otherRsvp = await factory.Rsvps().RsvpAsync(guest.Id, other);

        Assert.Equal(HttpStatusCode.Redirect, ownJoin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherJoin.StatusCode);
        Assert.Equal("Talks are for members. Join to come.", otherRsvp.Error);
    }
}
