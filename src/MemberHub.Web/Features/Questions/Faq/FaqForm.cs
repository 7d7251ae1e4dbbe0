namespace MemberHub.Web.Features.Questions.Faq;

/// <summary>What the FAQ page's action form posts: the button pressed (a <c>PostAction</c> on an entry) and the editor's boxes.</summary>
public sealed record FaqForm
{
    public string? Act { get; set; }

    public string? Title { get; set; }

    public string? Answer { get; set; }
}
