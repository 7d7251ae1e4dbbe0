using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>asked (Open) → discussed/answered (Answered, after the first expert answer) → Resolved; or closed by a moderator.</summary>
public enum QuestionState
{
    Open,
    Answered,
    Resolved,
    Duplicate,
    OffTopic,
}
