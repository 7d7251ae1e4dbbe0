using MemberHub.IntegrationTests.Features.Community;
using MemberHub.Web.Data;
using MemberHub.Web.Features.Content.Owner;
using MemberHub.Web.Features.Content.Tracks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Content;

/// <summary>The Owner's editor refuses bad input with a clear message and saves nothing half-way.</summary>
public class TrackEditorTests(MemberHubFactory factory) : IClassFixture<MemberHubFactory>
{
    private async Task<string> SnapshotAsync(int trackId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var lessons = await db.Set<Lesson>().Include(l => l.Prerequisites).Where(l => l.TrackId == trackId).OrderBy(l => l.Id).ToListAsync();
        return string.Join("\n", lessons.Select(l => $"{l.Slug} {l.TitleEn} {l.DripDays} {l.ReleaseAtUtc} {l.BodyMarkdownEn} " +
            string.Join(",", l.Prerequisites.Select(p => $"{p.RequiredStageId}/{p.RequiredLessonId}"))));
    }

    public static TheoryData<string, Action<LessonInput, LockedTrack>, string, string> BadLessons => new()
    {
        { "empty title", (input, _) => input.TitleEn = "", nameof(LessonInput.TitleEn), "This field is required." },
        { "duplicate slug", (input, track) => input.Slug = track.NeedsBeginner.Slug, nameof(LessonInput.Slug), "The address name “needs-beginner” is already used; choose another." },
        { "bad slug", (input, _) => input.Slug = "Not A Slug!", nameof(LessonInput.Slug), "Use only lower-case letters, digits and dashes for the address name." },
        { "drip below zero", (input, _) => input.DripDays = -1, nameof(LessonInput.DripDays), "The days after joining cannot be below 0." },
        { "impossible date", (input, _) => input.Release = "2026-02-30", nameof(LessonInput.Release), "“2026-02-30” is not a date: write it as yyyy-MM-dd, for example 2027-01-31." },
        { "date in another format", (input, _) => input.Release = "31/12/2026", nameof(LessonInput.Release), "“31/12/2026” is not a date: write it as yyyy-MM-dd, for example 2027-01-31." },
        { "prerequisite cycle", (input, track) => input.RequiredLessonIds = [track.NeedsBeginner.Id], nameof(LessonInput.RequiredLessonIds),
            "These prerequisites go in a circle, so the lessons could never open: open → needs-beginner → open" },
        { "bad attachment", (input, _) => input.Attachments = "Sheet | javascript:alert(1)", nameof(LessonInput.Attachments),
            "“Sheet | javascript:alert(1)” is not an attachment: write one per line as Title | https://…" },
    };

    [Theory]
    [MemberData(nameof(BadLessons))]
    public async Task A_bad_lesson_is_refused_with_a_message_and_nothing_is_saved(string @case, Action<LessonInput, LockedTrack> spoil, string field, string message)
    {
        var track = await factory.LockedTrackAsync();
        var before = await SnapshotAsync(track.Track.Id);
        var input = LessonInput.From(track.Open);
        input.BodyMarkdownEn = "Changed body that must not be saved";
        spoil(input, track);

        var outcome = await factory.Editor().SaveLessonAsync((await factory.OwnerAsync()).Id, input);

        Assert.False(outcome.Succeeded, @case);
        Assert.Equal((field, message), (outcome.Field, outcome.Error));
        Assert.Equal(before, await SnapshotAsync(track.Track.Id));
    }

    [Fact]
    public async Task A_track_slug_already_used_is_refused()
    {
        var track = await factory.LockedTrackAsync();

        var outcome = await factory.Editor().SaveTrackAsync((await factory.OwnerAsync()).Id, new TrackInput { Slug = track.Track.Slug, TitleEn = "Copy" });

        Assert.Equal((nameof(TrackInput.Slug), $"The address name “{track.Track.Slug}” is already used; choose another."), (outcome.Field, outcome.Error));
    }

    [Fact]
    public async Task A_member_cannot_change_content()
    {
        var track = await factory.LockedTrackAsync();
        var member = await factory.MemberAsync();
        var input = LessonInput.From(track.Open);
        input.TitleEn = "Hijacked";

        var outcome = await factory.Editor().SaveLessonAsync(member.Id, input);
        var publish = await factory.Editor().SetTrackPublishedAsync(member.Id, track.Track.Id, false);

        Assert.Equal("Only the owner can change tracks and lessons.", outcome.Error);
        Assert.False(publish.Succeeded);
        Assert.Equal("open", (await factory.TrackAsync(track.Track.Id)).Lessons.Single(l => l.Id == track.Open.Id).TitleEn);
    }

    [Fact]
    public async Task Saving_a_lesson_renders_its_body_once_and_members_see_the_change()
    {
        var track = await factory.LockedTrackAsync();
        var input = LessonInput.From(track.Open);
        input.BodyMarkdownEn = "Now with **bold** and <script>alert(1)</script>";

        var outcome = await factory.Editor().SaveLessonAsync((await factory.OwnerAsync()).Id, input);

        Assert.True(outcome.Succeeded, outcome.Error);
        var html = (await factory.TrackAsync(track.Track.Id)).Lessons.Single(l => l.Id == track.Open.Id).BodyHtmlEn;
        Assert.Contains("<strong>bold</strong>", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task Stages_are_added_renamed_and_reordered()
    {
        var track = await factory.LockedTrackAsync();
        var owner = (await factory.OwnerAsync()).Id;
        var editor = factory.Editor();

        Assert.True((await editor.AddStageAsync(owner, track.Track.Id, "Mastery", "精通")).Succeeded);
        var mastery = (await factory.TrackAsync(track.Track.Id)).Stages.Single(s => s.Key == "mastery");
        Assert.True((await editor.MoveStageAsync(owner, mastery.Id, -1)).Succeeded);
        Assert.True((await editor.RenameStageAsync(owner, mastery.Id, "Expert", "专家")).Succeeded);
        var empty = await editor.AddStageAsync(owner, track.Track.Id, " ", null);
        var notEmpty = await editor.DeleteStageAsync(owner, track.Track.Stages.Single(s => s.Key == "beginner").Id);

        var stages = (await factory.TrackAsync(track.Track.Id)).Stages.OrderBy(s => s.SortOrder).Select(s => $"{s.Key}:{s.NameEn}");
        Assert.Equal(["beginner:Beginner", "intermediate:Intermediate", "mastery:Expert", "advanced:Advanced"], stages);
        Assert.Equal("Give the stage an English name of at most 60 characters.", empty.Error);
        Assert.Equal("Move or delete this stage's lessons first.", notEmpty.Error);
    }

    [Fact]
    public async Task An_empty_address_name_is_made_from_the_title_when_saved()
    {
        var owner = (await factory.OwnerAsync()).Id;
        var title = "Brewing Oolong " + Guid.NewGuid().ToString("N")[..4];

        var saved = await factory.Editor().SaveTrackAsync(owner, new TrackInput { Slug = "", TitleEn = title });

        Assert.True(saved.Succeeded, saved.Error);
        Assert.Equal(Web.Features.Content.Tracks.Slugs.From(title, ""), (await factory.TrackAsync(saved.Value)).Slug);
        Assert.StartsWith("brewing-oolong-", (await factory.TrackAsync(saved.Value)).Slug);
    }
}
