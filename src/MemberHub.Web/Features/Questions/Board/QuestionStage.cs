using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Questions.Board;

public enum QuestionStage
{
    Beginner,
    Intermediate,
    Advanced,
}
