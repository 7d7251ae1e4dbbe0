using System.Net;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.Web.Features.Content.Learning;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Content;

/// <summary>Locks hold on the server: a locked lesson's body is never in any response a learner can get.</summary>
public class LessonAccessTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private async Task<TestClient> SignedInAsync(string email, string password = MemberHubFactory.Password)
    {
        var client = factory.CreateTestClient();
        await client.LogInAsync(email, password);
        return client;
    }

    private static string Url(LockedTrack track, Web.Features.Content.Tracks.Lesson lesson) => $"/learn/{track.Track.Slug}/{lesson.Slug}";

    [Fact]
    public async Task A_direct_link_to_a_locked_lesson_shows_the_reason_and_not_the_lesson()
    {
        var track = await factory.LockedTrackAsync();
        var member = await factory.MemberAsync();
        using var client = await SignedInAsync(member.Email!);

        var stageLocked = await client.GetAsync(Url(track, track.NeedsBeginner));
        var tierLocked = await client.GetAsync(Url(track, track.NeedsHighTier));

        Assert.Equal(HttpStatusCode.OK, stageLocked.Status);
        Assert.Contains("Finish Beginner first", stageLocked.Find("[data-testid=lesson-locked]")!.TextContent);
        Assert.DoesNotContain(LockedTrack.StageLockedBody, stageLocked.Html);
        Assert.Contains("Needs a higher tier", tierLocked.Find("[data-testid=lesson-locked]")!.TextContent);
        Assert.DoesNotContain(LockedTrack.TierLockedBody, tierLocked.Html);
    }

    [Fact]
    public async Task An_open_lesson_shows_its_body_and_the_map_and_list_never_carry_bodies()
    {
        var track = await factory.LockedTrackAsync();
        var member = await factory.MemberAsync();
        using var client = await SignedInAsync(member.Email!);

        var open = await client.GetAsync(Url(track, track.Open));
        var map = await client.GetAsync($"/learn/{track.Track.Slug}");
        var list = await client.GetAsync("/learn");

        Assert.Contains(LockedTrack.OpenBody, open.Find(".lesson-body")!.TextContent);
        Assert.NotNull(open.Find($"a[href='/questions/ask?lesson={track.Open.Id}']"));
        Assert.Equal("locked", map.Find("[data-lesson='needs-beginner']")!.GetAttribute("data-state"));
        foreach (var page in new[] { open, map, list })
        {
            Assert.DoesNotContain(LockedTrack.StageLockedBody, page.Html);
            Assert.DoesNotContain(LockedTrack.TierLockedBody, page.Html);
        }
    }

    [Fact]
    public async Task Visitors_and_people_without_a_membership_get_no_lesson_at_all()
    {
        var track = await factory.LockedTrackAsync();
        var outsider = await factory.CreateUserAsync();
        using var visitor = factory.CreateTestClient();
        using var signedIn = await SignedInAsync(outsider.Email!);

        var anonymous = await visitor.GetAsync(Url(track, track.Open));
        var withoutMembership = await signedIn.GetAsync(Url(track, track.Open));

        Assert.Equal("SignIn", anonymous.Find("[data-testid=access-refusal]")!.GetAttribute("data-refusal"));
        Assert.Equal("Join", withoutMembership.Find("[data-testid=access-refusal]")!.GetAttribute("data-refusal"));
        Assert.DoesNotContain(LockedTrack.OpenBody, anonymous.Html + withoutMembership.Html);
    }

    [Fact]
    public async Task A_locked_lesson_cannot_be_marked_done_and_finishing_the_stage_opens_it()
    {
        var track = await factory.LockedTrackAsync();
        var member = await factory.MemberAsync();
        var learning = factory.Services.GetRequiredService<LearningService>();

        var tooEarly = await learning.MarkDoneAsync(member.Id, track.NeedsBeginner.Id);
        var finished = await learning.MarkDoneAsync(member.Id, track.Open.Id);
        var map = await learning.MapAsync(member.Id, track.Track.Slug);

        Assert.False(tooEarly.Succeeded);
        Assert.Equal("This lesson is still locked, so it cannot be marked as done.", tooEarly.Error);
        Assert.Equal([track.NeedsBeginner.Id], finished.Value!.Select(l => l.Id));
        Assert.Equal(LessonState.Done, map!.Find(track.Open.Id)!.State);
        Assert.Equal(LessonState.Available, map.Find(track.NeedsBeginner.Id)!.State);
        Assert.Equal(LessonState.Locked, map.Find(track.NeedsHighTier.Id)!.State);
    }

    [Fact]
    public async Task The_home_page_offers_to_continue_the_lesson_left_unfinished()
    {
        var track = await factory.LockedTrackAsync();
        var member = await factory.MemberAsync();
        await factory.Services.GetRequiredService<LearningService>().RecordOpenedAsync(member.Id, track.Open.Id);
        using var client = await SignedInAsync(member.Email!);

        var home = await client.GetAsync("/");

        var entry = home.Find("[data-testid=continue-learning]");
        Assert.NotNull(entry);
        Assert.Contains("“open”", entry.TextContent);
        Assert.NotNull(entry.QuerySelector($"a[href='{Url(track, track.Open)}']"));
    }

    [Fact]
    public async Task Only_the_owner_can_export_a_track()
    {
        var track = await factory.LockedTrackAsync();
        var member = await factory.MemberAsync();
        using var owner = await SignedInAsync(MemberHubFactory.OwnerEmail, MemberHubFactory.OwnerPassword);
        using var learner = await SignedInAsync(member.Email!);
        var url = $"/owner/tracks/{track.Track.Slug}/export";

        var exported = await owner.Http.GetAsync(url);
        var refused = await learner.Http.GetAsync(url);
        var unknown = await owner.Http.GetAsync("/owner/tracks/no-such-track/export");

        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Equal("application/zip", exported.Content.Headers.ContentType!.MediaType);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain(LockedTrack.TierLockedBody, await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("does not exist", await unknown.Content.ReadAsStringAsync());
    }
}
