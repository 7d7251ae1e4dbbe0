using System.ComponentModel.DataAnnotations;

namespace MemberHub.Web.Features.Community;

public sealed class CommunityOptions
{
    public const string Section = "Community";

    /// <summary>Posts (of any kind) a member may write per minute; more are refused with a message.</summary>
    [Range(1, 1000, ErrorMessage = "must be between 1 and 1000")]
    public int PostsPerMinute { get; set; } = 6;
}
