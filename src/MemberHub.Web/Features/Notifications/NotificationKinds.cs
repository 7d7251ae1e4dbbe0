using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Notifications;

/// <summary>
/// The kinds of notification. Each has a line in NotificationsText ("Kind.{kind}", with {0} = who, {1} = what)
/// and an e-mail preference. Features add their kinds here as they land.
/// </summary>
public static class NotificationKinds
{
    public const string Welcomed = "Welcomed";
    public const string IntroductionReply = "IntroductionReply";
    public const string NewIntroduction = "NewIntroduction";
    public const string Warning = "Warning";
    public const string Suspended = "Suspended";
    public const string Banned = "Banned";
    public const string PostHidden = "PostHidden";
    public const string PostRestored = "PostRestored";
    public const string ReportResolved = "ReportResolved";
    public const string NewQuestion = "NewQuestion";
    public const string QuestionWaiting = "QuestionWaiting";
    public const string QuestionAnswered = "QuestionAnswered";
    public const string QuestionCommented = "QuestionCommented";
    public const string AnswerAccepted = "AnswerAccepted";
    public const string QuestionResolved = "QuestionResolved";
    public const string TalkTomorrow = "TalkTomorrow";
    public const string TalkStartsSoon = "TalkStartsSoon";
    public const string TalkCanceled = "TalkCanceled";
    public const string TalkSeatFreed = "TalkSeatFreed";
    public const string PassEnding = "PassEnding";
    public const string NextSeason = "NextSeason";
    public const string ExportReady = "ExportReady";

    public static readonly string[] All =
        [Welcomed, IntroductionReply, NewIntroduction, NewQuestion, QuestionWaiting, QuestionAnswered, QuestionCommented, AnswerAccepted, QuestionResolved,
         TalkTomorrow, TalkStartsSoon, TalkCanceled, TalkSeatFreed, PassEnding, NextSeason, ExportReady,
         Warning, Suspended, Banned, PostHidden, PostRestored, ReportResolved];

    /// <summary>Kinds a member may not switch off by e-mail: moderation that concerns their own standing.</summary>
    public static readonly string[] AlwaysEmailed = [Warning, Suspended, Banned];
}
