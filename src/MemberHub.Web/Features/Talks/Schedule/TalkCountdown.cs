using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>"Starts in 2 days 3 h", "Live now": what the talk page says beside the talk's state, at a given moment.</summary>
public static class TalkCountdown
{
    public static string At(DateTime startsAtUtc, DateTime endsAtUtc, bool canceled, DateTime nowUtc, IStringLocalizer<TalksText> text)
    {
        if (canceled || nowUtc >= endsAtUtc)
        {
            return "";
        }
        if (nowUtc >= startsAtUtc)
        {
            return text["Talk.LiveNow"];
        }
        var left = startsAtUtc - nowUtc;
        return left.TotalDays >= 1 ? text["Talk.StartsInDays", (int)left.TotalDays, left.Hours]
            : left.TotalHours >= 1 ? text["Talk.StartsInHours", (int)left.TotalHours, left.Minutes]
            : text["Talk.StartsInMinutes", left.Minutes, left.Seconds];
    }
}
