namespace MemberHub.Web.Features.Questions.Board;

/// <summary>What the ask and edit forms send; the service checks every field and refuses with a message for it.</summary>
public sealed class QuestionInput
{
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public QuestionStage Stage { get; set; }
    public IReadOnlyCollection<int> TagIds { get; set; } = [];
    public int? LessonId { get; set; }
    public int? TalkId { get; set; }
}
