using MemberHub.Web.Features.Content.Owner;
using MemberHub.Web.Features.Content.Tracks;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Content;

/// <summary>A published track made through the Owner's editor: an open Beginner lesson, and Advanced lessons behind locks.</summary>
public sealed record LockedTrack(Track Track, Lesson Open, Lesson NeedsBeginner, Lesson NeedsHighTier)
{
    public const string OpenBody = "OPEN-LESSON-BODY";
    public const string StageLockedBody = "STAGE-LOCKED-BODY";
    public const string TierLockedBody = "TIER-LOCKED-BODY";
}

public static class ContentTracks
{
    public static TrackEditor Editor(this MemberHubFactory factory) => factory.Services.GetRequiredService<TrackEditor>();

    public static async Task<LockedTrack> LockedTrackAsync(this MemberHubFactory factory)
    {
        var owner = (await factory.OwnerAsync()).Id;
        var editor = factory.Editor();
        var slug = "locks-" + Guid.NewGuid().ToString("N")[..8];
        var trackId = Ok(await editor.SaveTrackAsync(owner, new TrackInput { Slug = slug, TitleEn = "Locks" }));
        Assert.True((await editor.SetTrackPublishedAsync(owner, trackId, true)).Succeeded);
        var track = await TrackAsync(factory, trackId);
        var beginner = track.Stages.Single(s => s.Key == "beginner").Id;
        var advanced = track.Stages.Single(s => s.Key == "advanced").Id;

        async Task<int> LessonAsync(string lessonSlug, int stage, string body, int rank = 0, int[]? stages = null) =>
            Ok(await editor.SaveLessonAsync(owner, new LessonInput
            {
                TrackId = trackId, StageId = stage, Slug = lessonSlug, TitleEn = lessonSlug, BodyMarkdownEn = body,
                MinimumRank = rank, RequiredStageIds = stages ?? [], IsPublished = true,
            }));

        var open = await LessonAsync("open", beginner, LockedTrack.OpenBody);
        var needsBeginner = await LessonAsync("needs-beginner", advanced, LockedTrack.StageLockedBody, stages: [beginner]);
        var needsTier = await LessonAsync("needs-tier", advanced, LockedTrack.TierLockedBody, rank: 1000);
        track = await TrackAsync(factory, trackId);
        return new LockedTrack(track, track.Lessons.Single(l => l.Id == open), track.Lessons.Single(l => l.Id == needsBeginner),
            track.Lessons.Single(l => l.Id == needsTier));
    }

    public static async Task<Track> TrackAsync(this MemberHubFactory factory, int trackId) =>
        (await factory.Services.GetRequiredService<TrackCatalog>().AllAsync()).Single(t => t.Id == trackId);

    private static int Ok(MemberHub.Web.Infrastructure.Outcome<int> outcome)
    {
        Assert.True(outcome.Succeeded, outcome.Error);
        return outcome.Value;
    }
}
