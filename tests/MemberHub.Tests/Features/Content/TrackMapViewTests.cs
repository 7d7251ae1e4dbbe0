using System.Globalization;
using MemberHub.Tests.Components;
using MemberHub.Web.Features.Content;
using MemberHub.Web.Features.Content.Learning;
using MemberHub.Web.Features.Content.Tracks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace MemberHub.Tests.Features.Content;

public class TrackMapViewTests : AppTestContext
{
    private static readonly DateTime Now = new(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc);

    private static readonly Track Track = new()
    {
        Slug = "growing",
        Stages =
        [
            new Stage { Id = 1, Key = "beginner", NameEn = "Beginner", NameZh = "入门", SortOrder = 1 },
            new Stage { Id = 2, Key = "advanced", NameEn = "Advanced", NameZh = "高级", SortOrder = 2 },
        ],
        Lessons =
        [
            new Lesson { Id = 10, StageId = 1, SortOrder = 1, Slug = "welcome", TitleEn = "Welcome", TitleZh = "欢迎" },
            new Lesson { Id = 11, StageId = 1, SortOrder = 2, Slug = "rules", TitleEn = "Rules", TitleZh = "群规" },
            new Lesson { Id = 20, StageId = 2, SortOrder = 1, Slug = "numbers", TitleEn = "Numbers", TitleZh = "数据",
                Prerequisites = [new LessonPrerequisite { RequiredStageId = 1 }] },
            new Lesson { Id = 21, StageId = 2, SortOrder = 2, Slug = "pro-only", TitleEn = "Pro only", MinimumRank = 20 },
            new Lesson { Id = 22, StageId = 2, SortOrder = 3, Slug = "later", TitleEn = "Later", DripDays = 10 },
            new Lesson { Id = 23, StageId = 2, SortOrder = 4, Slug = "draft", TitleEn = "Draft", IsPublished = false },
        ],
    };

    private static readonly TierName[] Tiers = [new(10, "Circle", "圈友"), new(20, "Pro", "进阶")];

    private IRenderedComponent<TrackMapView> RenderMap(Learner learner, bool chinese = false)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(chinese ? "zh-Hans" : "en");
        var map = LearningService.BuildMap(Track, learner, Now);
        var reasons = new LockReasons(map, Tiers, Now, Services.GetRequiredService<IStringLocalizer<ContentText>>(), chinese);
        return Render<TrackMapView>(p => p.Add(m => m.Map, map).Add(m => m.Reasons, reasons).Add(m => m.Chinese, chinese));
    }

    private static string State(IRenderedComponent<TrackMapView> map, string slug) =>
        map.Find($"[data-lesson='{slug}']").GetAttribute("data-state")!;

    [Fact]
    public void A_new_member_sees_what_is_open_and_why_the_rest_is_locked()
    {
        var map = RenderMap(new Learner(10, Now.AddDays(-3), false, new HashSet<int> { 10 }));

        Assert.Equal("done", State(map, "welcome"));
        Assert.Equal("available", State(map, "rules"));
        Assert.Equal("locked", State(map, "numbers"));
        Assert.Contains("Finish Beginner first", map.Find("[data-lesson='numbers']").TextContent);
        Assert.Contains("Needs tier Pro", map.Find("[data-lesson='pro-only']").TextContent);
        Assert.Contains("Unlocks in 7 days", map.Find("[data-lesson='later']").TextContent);
        Assert.Contains("1 of 2 done", map.Find("[data-stage='beginner'] [data-testid=stage-progress]").TextContent);
    }

    [Fact]
    public void Unpublished_lessons_are_not_on_a_members_map()
    {
        var map = RenderMap(new Learner(10, Now, false, new HashSet<int>()));

        Assert.Empty(map.FindAll("[data-lesson='draft']"));
    }

    [Fact]
    public void Finishing_the_stage_opens_the_next_one()
    {
        var map = RenderMap(new Learner(20, Now.AddDays(-30), false, new HashSet<int> { 10, 11 }));

        Assert.Equal("available", State(map, "numbers"));
        Assert.Equal("available", State(map, "pro-only"));
        Assert.Equal("available", State(map, "later"));
        Assert.Empty(map.FindAll("[data-testid=lock-reason]"));
    }

    [Fact]
    public void Chinese_readers_see_names_and_reasons_in_chinese()
    {
        var map = RenderMap(new Learner(10, Now, false, new HashSet<int>()), chinese: true);

        Assert.Contains("入门", map.Find("[data-stage='beginner']").TextContent);
        Assert.Contains("请先完成「入门」阶段", map.Find("[data-lesson='numbers']").TextContent);
        Assert.Contains("需要「进阶」档位", map.Find("[data-lesson='pro-only']").TextContent);
    }
}
