using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Introductions;
using MemberHub.Web.Features.Community.Ritual;
using MemberHub.Web.Features.Memberships.Owner;
using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.BrowserTests.Infrastructure;

/// <summary>Members prepared through the app's own services, so a journey can start where it matters.</summary>
public static class CommunityData
{
    public const string Password = "Member-pass-2026";

    public static async Task<ApplicationUser> MemberAsync(this AppServer app, string name, bool introduce, string? role = null)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}-{Guid.NewGuid():N}@browser.memberhub.local";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, Language = "en" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
            return user;
        }
        var owner = (await users.FindByEmailAsync(AppServer.OwnerEmail))!;
        var tiers = services.GetRequiredService<TierService>();
        var tier = (await tiers.ListAsync(false)).FirstOrDefault()?.Tier.Id
                   ?? (await tiers.SaveAsync(owner.Id, new TierInput { NameEn = "Circle", NameZh = "圈友", Rank = 1, MonthlyPrice = 10, Currency = "usd" })).Value;
        Assert.True((await services.GetRequiredService<MembershipAdminService>().GrantComplimentaryAsync(owner.Id, user.Id, tier, DateTime.UtcNow.AddDays(30))).Succeeded);
        var version = (await services.GetRequiredService<CommunitySettingsService>().GetAsync()).RulesVersion;
        Assert.True((await services.GetRequiredService<JoiningRitual>().AcceptRulesAsync(user.Id, version)).Succeeded);
        if (introduce)
        {
            Assert.True((await services.GetRequiredService<IntroductionService>().IntroduceAsync(user.Id, $"Hello, I am {name} and I run a small learning circle.")).Succeeded);
        }
        return user;
    }

    public static async Task<int> ReplyAsync(this AppServer app, ApplicationUser author, int introductionId, string text)
    {
        using var scope = app.Services.CreateScope();
        var reply = await scope.ServiceProvider.GetRequiredService<IntroductionService>().ReplyAsync(author.Id, introductionId, text);
        Assert.True(reply.Succeeded, reply.Error);
        return reply.Value;
    }

    public static async Task<int> IntroductionOfAsync(this AppServer app, ApplicationUser author)
    {
        using var scope = app.Services.CreateScope();
        var feed = await scope.ServiceProvider.GetRequiredService<IntroductionService>().FeedAsync(author.Id);
        return feed.First(i => i.AuthorId == author.Id).Id;
    }
}

/// <summary>A question and a talk to open pages of, made through the app's own services.</summary>
public static class BoardAndTalkData
{
    public static async Task<int> QuestionAsync(this AppServer app, ApplicationUser asker, string title)
    {
        using var scope = app.Services.CreateScope();
        var asked = await scope.ServiceProvider.GetRequiredService<MemberHub.Web.Features.Questions.Board.QuestionService>()
            .AskAsync(asker.Id, new MemberHub.Web.Features.Questions.Board.QuestionInput { Title = title, Body = "How do you decide? We tried both and could not tell." });
        Assert.True(asked.Succeeded, asked.Error);
        return asked.Value;
    }

    public static async Task<int> TalkAsync(this AppServer app, string title)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var owner = await users.FindByEmailAsync(AppServer.OwnerEmail);
        var start = DateTime.UtcNow.AddDays(5);
        var saved = await scope.ServiceProvider.GetRequiredService<MemberHub.Web.Features.Talks.Schedule.TalkService>().SaveAsync(owner!.Id, null,
            new MemberHub.Web.Features.Talks.Schedule.TalkInput
            {
                Title = title, Abstract = "What worked and what did not.", SpeakerName = "Maya Patel", HostId = owner.Id,
                TimeZoneId = "Asia/Shanghai", JoinUrl = "https://meet.example/room-1",
                LocalStart = DateTime.SpecifyKind(start, DateTimeKind.Unspecified), LocalEnd = DateTime.SpecifyKind(start.AddHours(1), DateTimeKind.Unspecified),
            });
        Assert.True(saved.Succeeded, saved.Error);
        return saved.Value;
    }

    /// <summary>A weekly series whose first talk starts in five minutes (its join window is open): (series id, talk id).</summary>
    public static async Task<(int Series, int Talk)> SeriesTalkAsync(this AppServer app, string title)
    {
        using var scope = app.Services.CreateScope();
        var owner = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(AppServer.OwnerEmail);
        var start = DateTime.UtcNow.AddMinutes(5);
        var saved = await scope.ServiceProvider.GetRequiredService<MemberHub.Web.Features.Talks.Schedule.TalkService>().SaveAsync(owner!.Id, null,
            new MemberHub.Web.Features.Talks.Schedule.TalkInput
            {
                Title = title, Abstract = "Bring your numbers.", SpeakerName = "Maya Patel", HostId = owner.Id, TimeZoneId = "UTC",
                JoinUrl = "https://meet.example/office-hours", RepeatWeeks = 2,
                LocalStart = DateTime.SpecifyKind(start, DateTimeKind.Unspecified), LocalEnd = DateTime.SpecifyKind(start.AddHours(1), DateTimeKind.Unspecified),
            });
        Assert.True(saved.Succeeded, saved.Error);
        var db = scope.ServiceProvider.GetRequiredService<MemberHub.Web.Data.AppDbContext>();
        var series = db.Set<MemberHub.Web.Features.Talks.Schedule.Talk>().Where(t => t.Id == saved.Value).Select(t => t.SeriesId!.Value).Single();
        return (series, saved.Value);
    }

    /// <summary>A published track of one lesson that opens only after <paramref name="acts"/> (the lesson editor's act rules): its slug.</summary>
    public static async Task<string> TrackAskingAsync(this AppServer app, string lessonSlug, string lessonBody, params string[] acts)
    {
        using var scope = app.Services.CreateScope();
        var owner = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(AppServer.OwnerEmail))!.Id;
        var editor = scope.ServiceProvider.GetRequiredService<MemberHub.Web.Features.Content.Owner.TrackEditor>();
        var slug = "after-talks-" + Guid.NewGuid().ToString("N")[..6];
        var track = await editor.SaveTrackAsync(owner, new MemberHub.Web.Features.Content.Owner.TrackInput { Slug = slug, TitleEn = "After the talks" });
        Assert.True(track.Succeeded, track.Error);
        Assert.True((await editor.SetTrackPublishedAsync(owner, track.Value, true)).Succeeded);
        var stage = (await scope.ServiceProvider.GetRequiredService<MemberHub.Web.Features.Content.Tracks.TrackCatalog>().AllAsync())
            .Single(t => t.Id == track.Value).Stages.Single(s => s.Key == "beginner").Id;
        var lesson = await editor.SaveLessonAsync(owner, new MemberHub.Web.Features.Content.Owner.LessonInput
        {
            TrackId = track.Value, StageId = stage, Slug = lessonSlug, TitleEn = "What the talk taught", BodyMarkdownEn = lessonBody, RequiredActs = acts, IsPublished = true,
        });
        Assert.True(lesson.Succeeded, lesson.Error);
        return slug;
    }

    /// <summary>Waits until the join link the browser followed has been recorded (the tab it opened goes on to the meeting elsewhere).</summary>
    public static async Task AttendanceRecordedAsync(this AppServer app, int talkId, string userId)
    {
        for (var i = 0; i < 100; i++)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MemberHub.Web.Data.AppDbContext>();
            if (db.Set<MemberHub.Web.Features.Talks.Rsvps.TalkAttendance>().Any(a => a.TalkId == talkId && a.UserId == userId))
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"joining talk {talkId} was not recorded");
    }
}
