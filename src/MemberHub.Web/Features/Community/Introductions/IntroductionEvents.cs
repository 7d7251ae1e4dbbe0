using MemberHub.Web.Infrastructure.Live;

namespace MemberHub.Web.Features.Community.Introductions;

/// <summary>
/// Tells open pages that the Introductions space changed: a new introduction, reply or welcome (the introduction's id),
/// or a post hidden or restored by a moderator (0: the space as a whole).
/// </summary>
public sealed class IntroductionEvents : ChangeNotifier<int>;
