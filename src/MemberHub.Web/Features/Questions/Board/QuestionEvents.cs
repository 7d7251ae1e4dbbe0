namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Tells open pages that the board changed: the list, and the thread of <c>questionId</c>.</summary>
public sealed class QuestionEvents : Infrastructure.Live.ChangeNotifier<int>;
