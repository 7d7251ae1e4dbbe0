using MemberHub.Web.Features.Memberships.Tiers;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Content.Learning;

/// <summary>A tier as lock reasons name it.</summary>
public sealed record TierName(int Rank, string NameEn, string NameZh)
{
    public string Name(bool chinese) => chinese && NameZh.Length > 0 ? NameZh : NameEn;

    public static TierName Of(Tier tier) => new(tier.Rank, tier.NameEn, tier.NameZh);
}

/// <summary>Puts a lock into the learner's words: "Unlocks in 3 days", "Needs tier Pro", "Finish Beginner first".</summary>
public sealed class LockReasons(
    TrackMap map, IReadOnlyList<TierName> tiers, DateTime nowUtc, IStringLocalizer<ContentText> text, bool chinese,
    LearnerActs? acts = null, IReadOnlyDictionary<int, string>? series = null)
{
    public string Describe(LessonLock lessonLock)
    {
        switch (lessonLock.Kind)
        {
            case LockKind.NeedsTier:
                var tier = tiers.Where(t => t.Rank >= lessonLock.RequiredRank).MinBy(t => t.Rank);
                return tier is null ? text["Lock.NeedsHigherTier"] : text["Lock.NeedsTier", tier.Name(chinese)];
            case LockKind.NotReleased or LockKind.Drip:
                var days = (int)Math.Ceiling((lessonLock.OpensAtUtc!.Value - nowUtc).TotalDays);
                return days <= 1 ? text["Lock.InOneDay"] : text["Lock.InDays", days];
            case LockKind.FinishStage:
                var stage = map.Stages.FirstOrDefault(s => s.Stage.Id == lessonLock.StageId)?.Stage;
                return text["Lock.FinishStage", stage?.Name(chinese) ?? "?"];
            case LockKind.FinishLesson:
                var lesson = map.Find(lessonLock.LessonId!.Value)?.Lesson;
                return text["Lock.FinishLesson", lesson?.Title(chinese) ?? "?"];
            case LockKind.NeedsAct:
                return Describe(lessonLock.Act!);
            default:
                return "";
        }
    }

    private string Describe(Tracks.ActRule act) => act.Act switch
    {
        Tracks.CommunityAct.AttendedTalk when act.Number is { } id => text["Lock.Act.AttendedSeries", series?.GetValueOrDefault(id) ?? "?"],
        Tracks.CommunityAct.DaysActive => text["Lock.Act.DaysActive", act.Number ?? 1, acts?.DaysActive ?? 0],
        _ => text[$"Lock.Act.{act.Act}"],
    };

    /// <summary>Where the learner goes to do what the lock asks for, and what the link says; null when nothing there helps.</summary>
    public (string Href, string Text)? Action(LessonLock lessonLock) => lessonLock switch
    {
        { Kind: LockKind.FinishStage or LockKind.FinishLesson } when lessonLock.LessonId is { } id && map.Find(id) is { } lesson =>
            ($"/learn/{map.Track.Slug}/{lesson.Lesson.Slug}", text["Lock.Go.Lesson"]),
        { Kind: LockKind.NeedsAct, Act: { } act } => act.Act switch
        {
            Tracks.CommunityAct.Introduced => ("/introductions", text["Lock.Go.Introduced"]),
            Tracks.CommunityAct.AskedQuestion => ("/questions/ask", text["Lock.Go.AskedQuestion"]),
            Tracks.CommunityAct.AnswerAccepted => ("/questions", text["Lock.Go.AnswerAccepted"]),
            Tracks.CommunityAct.AttendedTalk => ("/talks", text["Lock.Go.AttendedTalk"]),
            _ => ("/questions", text["Lock.Go.DaysActive"]),
        },
        _ => null,
    };
}
