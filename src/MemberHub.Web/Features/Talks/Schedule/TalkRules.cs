using MemberHub.Web.Features.Accounts;
using MemberHub.Web.Features.Memberships.Access;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>Why a talk action was refused; each has a message in TalksText ("Refused.{name}").</summary>
public enum TalkRefusal
{
    None,
    Unknown,
    SignIn,
    NotAMember,
    NeedsTier,
    Canceled,
    Over,
    NotGoing,
    NotYet,
    HostsOnly,
    OwnQuestion,
}

/// <summary>Who may come to a talk and when, as pure functions (table-tested with a clock).</summary>
public static class TalkRules
{
    public static readonly TimeSpan JoinOpensBefore = TimeSpan.FromMinutes(15);

    /// <summary>May this viewer see the talk and come to it: its guest, staff, or a member of the talk's tier or higher.</summary>
    public static TalkRefusal Attend(Viewer viewer, Talk talk, AccessDecision memberAccess)
    {
        if (!viewer.IsSignedIn)
        {
            return TalkRefusal.SignIn;
        }
        if (viewer.IsBanned)
        {
            return TalkRefusal.NotAMember;
        }
        if (viewer.UserId == talk.GuestUserId || viewer.IsStaff)
        {
            return TalkRefusal.None;
        }
        if (!memberAccess.Allowed)
        {
            return memberAccess.Refusal == AccessRefusal.Upgrade ? TalkRefusal.NeedsTier : TalkRefusal.NotAMember;
        }
        return TalkRefusal.None;
    }

    public static TalkRefusal Rsvp(Talk talk, DateTime nowUtc) =>
        talk.StateAt(nowUtc) switch
        {
            TalkState.Canceled => TalkRefusal.Canceled,
            TalkState.Ended => TalkRefusal.Over,
            _ => TalkRefusal.None,
        };

    /// <summary>The join link is for members with a seat, from 15 minutes before the start until the end.</summary>
    public static TalkRefusal Join(Talk talk, bool hasSeat, DateTime nowUtc) =>
        talk.StateAt(nowUtc) switch
        {
            TalkState.Canceled => TalkRefusal.Canceled,
            TalkState.Ended => TalkRefusal.Over,
            _ when !hasSeat => TalkRefusal.NotGoing,
            _ when nowUtc < talk.StartsAtUtc - JoinOpensBefore => TalkRefusal.NotYet,
            _ => TalkRefusal.None,
        };

    /// <summary>Whose join link this is: a member with a seat, the host, or the talk's guest.</summary>
    /// <summary>A seat, or the talk's own host (while still an Expert) or guest; nobody banned.</summary>
    public static bool HasPlace(Talk talk, Viewer viewer, bool seated) =>
        !viewer.IsBanned
        && (seated || IsHost(viewer, talk) || (viewer.UserId is not null && viewer.UserId == talk.GuestUserId));

    public static bool JoinWindowOpen(Talk talk, DateTime nowUtc) =>
        talk.CanceledAtUtc is null && nowUtc >= talk.StartsAtUtc - JoinOpensBefore && nowUtc < talk.EndsAtUtc;

    /// <summary>Questions for the speaker are taken before and during the talk.</summary>
    public static TalkRefusal AskSpeaker(Talk talk, DateTime nowUtc) => Rsvp(talk, nowUtc);

    /// <summary>
    /// The Owner, or the talk's host while they still hold the Expert role and are not banned: a host's powers end
    /// with the role, not with the talk.
    /// </summary>
    public static bool IsHost(Viewer viewer, Talk talk) =>
        viewer.IsOwner
        || (viewer.UserId is not null && viewer.UserId == talk.HostId && viewer.Roles.Contains(AppRoles.Expert) && !viewer.IsBanned);
}
