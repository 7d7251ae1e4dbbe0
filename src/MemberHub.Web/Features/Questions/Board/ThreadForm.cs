using MemberHub.Web.Features.Community.Moderation;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>
/// What the thread's one action form posts: the button pressed (<see cref="Act"/>, a <c>PostAction</c>) and every box on
/// the page, so a vote or a refused answer never loses a draft — the page is answered with the boxes as they were sent.
/// </summary>
public sealed record ThreadForm
{
    public string? Act { get; set; }

    /// <summary>The answer being written.</summary>
    public string? Answer { get; set; }

    /// <summary>An expert's summary being written.</summary>
    public string? Summary { get; set; }

    /// <summary>The open box: a comment, or the new text of a post being edited.</summary>
    public string? Body { get; set; }

    /// <summary>A question's new title.</summary>
    public string? Title { get; set; }

    /// <summary>Why a moderator hides or restores a post, or a report's details.</summary>
    public string? Reason { get; set; }

    public ReportReason? ReportReason { get; set; }

    public int? DuplicateOf { get; set; }
}
