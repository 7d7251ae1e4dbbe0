using MemberHub.Web.Components.Shared;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Talks.Rsvps;
using MemberHub.Web.Features.Talks.SpeakerQuestions;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>What each button of the statically rendered talk page does: the act its form posted, handed to the talks' services (which decide who may).</summary>
public sealed class TalkActions(TalkService talks, RsvpService rsvps, SpeakerQuestionService speakerQuestions, PostModerationActs moderation,
    IStringLocalizer<TalksText> text)
{
    private const string Question = SpeakerQuestionModeration.KindName;

    public async Task<ActResult<TalkForm>> RunAsync(string? userId, int talkId, PostAction act, TalkForm form, CancellationToken cancellationToken = default)
    {
        if (act.Verb == "preview-notes")
        {
            return new ActResult<TalkForm>(true, null, form);
        }
        if (PostModerationActs.Handles(act) && act.Kind == Question)
        {
            var outcome = await moderation.RunAsync(userId, act, form.ReportReason, form.Reason, cancellationToken);
            return ActResult<TalkForm>.OfBox(outcome, moderation.Done(act), form, form with { Reason = null, ReportReason = null }, close: true);
        }
        switch (act.Verb, act.Kind)
        {
            case ("rsvp", ""):
                var seat = await rsvps.RsvpAsync(userId, talkId, cancellationToken);
                return Done(seat.WithoutValue(), seat.Value == RsvpStatus.Waitlisted ? text["Talk.Waitlisted"] : text["Rsvp.Seated"], form);
            case ("cancel-rsvp", ""):
                return Done(await rsvps.CancelAsync(userId, talkId, cancellationToken), text["Talk.Done"], form);
            case ("ask", ""):
                return ActResult<TalkForm>.OfBox((await speakerQuestions.AskAsync(userId, talkId, form.Question ?? "", cancellationToken)).WithoutValue(),
                    text["Speaker.Sent"], form, form with { Question = null });
            case ("vote", Question):
                return Done(await speakerQuestions.VoteAsync(userId, act.Id, cancellationToken), null, form);
            case ("mark-answered", Question):
                return Done(await speakerQuestions.MarkAnsweredAsync(userId, act.Id, cancellationToken: cancellationToken), text["Talk.Done"], form);
            case ("move-to-board", ""):
                var moved = await speakerQuestions.MoveUnansweredToBoardAsync(userId, talkId, cancellationToken);
                return Done(moved.WithoutValue(), text["Host.Moved", moved.Value], form);
            case ("cancel-talk", ""):
                return Done(await talks.CancelAsync(userId, talkId, cancellationToken), text["Host.Canceled"], form);
            case ("publish", ""):
                return ActResult<TalkForm>.OfBox(await talks.PublishReplayAsync(userId, talkId, form.ReplayUrl, form.Notes, cancellationToken),
                    text["Host.Published"], form, form with { ReplayUrl = null, Notes = null });
            default:
                return new ActResult<TalkForm>(false, text["Refused.Unknown"], form);
        }
    }

    private static ActResult<TalkForm> Done(Infrastructure.Outcome outcome, string? done, TalkForm form) => ActResult<TalkForm>.Of(outcome, done, form);
}
