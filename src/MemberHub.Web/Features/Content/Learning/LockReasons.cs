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
public sealed class LockReasons(TrackMap map, IReadOnlyList<TierName> tiers, DateTime nowUtc, IStringLocalizer<ContentText> text, bool chinese)
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
            default:
                return "";
        }
    }
}
