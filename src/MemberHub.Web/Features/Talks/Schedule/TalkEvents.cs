namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>Tells open pages that a talk changed (RSVPs, questions, votes, cancellation, replay).</summary>
public sealed class TalkEvents
{
    public event Action<int>? Changed;

    public void Raise(int talkId) => Changed?.Invoke(talkId);
}
