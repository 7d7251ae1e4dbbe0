using MemberHub.Web.Features.Community.Moderation;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>What the talk page's one action form posts: the button pressed (a <c>PostAction</c>) and every box on the page.</summary>
public sealed record TalkForm
{
    public string? Act { get; set; }

    /// <summary>A question for the speaker being written.</summary>
    public string? Question { get; set; }

    /// <summary>The host's replay link and notes.</summary>
    public string? ReplayUrl { get; set; }

    public string? Notes { get; set; }

    /// <summary>Why a moderator hides or restores a speaker question, or a report's details.</summary>
    public string? Reason { get; set; }

    public ReportReason? ReportReason { get; set; }
}
