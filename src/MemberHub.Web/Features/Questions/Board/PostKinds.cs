using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>Which kind of post a vote, an edit or a search hit is about.</summary>
public static class PostKinds
{
    public const string Question = "question";
    public const string Answer = "answer";
    public const string Comment = "comment";
}
