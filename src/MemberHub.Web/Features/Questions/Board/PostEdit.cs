using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>What a post said before an edit; moderators read the history.</summary>
public sealed class PostEdit
{
    public int Id { get; set; }
    public string PostKind { get; set; } = "";
    public int PostId { get; set; }
    public string EditorId { get; set; } = "";
    public string? PreviousTitle { get; set; }
    public string PreviousBody { get; set; } = "";
    public DateTime EditedAtUtc { get; set; }

    public static PostEdit Of(string kind, int postId, string editorId, string previousBody, DateTime editedAtUtc, string? previousTitle = null) =>
        new() { PostKind = kind, PostId = postId, EditorId = editorId, PreviousTitle = previousTitle, PreviousBody = previousBody, EditedAtUtc = editedAtUtc };
}

internal sealed class PostEditConfiguration : IEntityTypeConfiguration<PostEdit>
{
    public void Configure(EntityTypeBuilder<PostEdit> edit)
    {
        edit.ToTable("PostEdits");
        edit.Property(e => e.PostKind).HasMaxLength(16);
        edit.Property(e => e.EditorId).HasMaxLength(450);
        edit.HasIndex(e => new { e.PostKind, e.PostId });
    }
}
