using System.Globalization;

namespace MemberHub.Web.Features.Content.Tracks;

/// <summary>Something done in the community that a lesson may ask for before it opens.</summary>
public enum CommunityAct
{
    Introduced,
    AskedQuestion,
    AnswerAccepted,
    /// <summary>Attended a guest talk: of one series (its id in the rule's number) or any.</summary>
    AttendedTalk,
    /// <summary>Took part on this many different days (the rule's number).</summary>
    DaysActive,
}

/// <summary>
/// A community act a lesson asks for, written as in a lesson file's <c>requires</c> (after "act:"): introduced, asked,
/// accepted, talk, talk:&lt;series id&gt;, days:&lt;n&gt;.
/// </summary>
public sealed record ActRule(CommunityAct Act, int? Number = null)
{
    public const int MostDays = 365;

    private static readonly Dictionary<string, CommunityAct> Words = new()
    {
        ["introduced"] = CommunityAct.Introduced, ["asked"] = CommunityAct.AskedQuestion, ["accepted"] = CommunityAct.AnswerAccepted,
        ["talk"] = CommunityAct.AttendedTalk, ["days"] = CommunityAct.DaysActive,
    };

    public static ActRule? Parse(string? text)
    {
        var parts = (text ?? "").Trim().Split(':');
        if (parts.Length is 0 or > 2 || !Words.TryGetValue(parts[0], out var act))
        {
            return null;
        }
        int? number = null;
        if (parts.Length == 2)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return null;
            }
            number = value;
        }
        return Of(act, number);
    }

    /// <summary>The rule, or null when the number does not fit the act (days need one, 1 to <see cref="MostDays"/>; only talks and days take one).</summary>
    public static ActRule? Of(CommunityAct act, int? number) => act switch
    {
        CommunityAct.DaysActive when number is >= 1 and <= MostDays => new ActRule(act, number),
        CommunityAct.AttendedTalk when number is null or > 0 => new ActRule(act, number),
        CommunityAct.Introduced or CommunityAct.AskedQuestion or CommunityAct.AnswerAccepted when number is null => new ActRule(act),
        _ => null,
    };

    public override string ToString() =>
        Words.First(w => w.Value == Act).Key + (Number is { } n ? ":" + n.ToString(CultureInfo.InvariantCulture) : "");
}
