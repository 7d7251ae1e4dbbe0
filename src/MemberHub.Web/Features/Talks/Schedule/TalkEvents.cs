namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>Tells open pages that a talk changed (RSVPs, questions, votes, cancellation, replay).</summary>
public sealed class TalkEvents : Infrastructure.Live.ChangeNotifier<int>;
