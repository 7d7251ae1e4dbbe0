using MemberHub.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Community.Engagement;

/// <summary>The things that earn points. Each feature reports its own as it lands.</summary>
public static class PointKinds
{
    public const string Introduced = "Introduced";
    public const string Welcomed = "Welcomed";
    public const string Replied = "Replied";
    public const string AnswerPosted = "AnswerPosted";
    public const string AnswerAccepted = "AnswerAccepted";
    public const string UpvoteReceived = "UpvoteReceived";
    public const string TalkAttended = "TalkAttended";
    public const string LessonFinished = "LessonFinished";

    public static readonly IReadOnlyDictionary<string, int> DefaultWeights = new Dictionary<string, int>
    {
        [Introduced] = 5,
        [Welcomed] = 1,
        [Replied] = 1,
        [AnswerPosted] = 5,
        [AnswerAccepted] = 15,
        [UpvoteReceived] = 2,
        [TalkAttended] = 3,
        [LessonFinished] = 2,
    };
}
