using System.Text;
using MemberHub.Web.Components.Shared;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Moderation;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>
/// A thread's answers and comments as markup (see <see cref="Html"/>): fifty answers are fifty writes for the renderer.
/// What a box opens (an edit, a comment, a report) stays Razor in <c>QuestionThread</c>; these are the parts every
/// reader gets. Every button posts the page's action form; the board's services check every act again.
/// </summary>
public sealed class ThreadMarkup(ThreadView thread, string formId, string zoneId, IStringLocalizer<QuestionsText> t, IStringLocalizer<CommunityText> community)
{
    private readonly string path = $"/questions/{thread.Question.Id}";

    public bool IsOwn(string authorId) => authorId == thread.Viewer.UserId;

    public bool MayEdit(string authorId) => IsOwn(authorId) || thread.Viewer.IsModerator;

    /// <summary>Where a post is on the page (a link opening a box under it scrolls there).</summary>
    public static string Anchor(string kind, int id) => kind == PostKinds.Comment ? $"comment-item-{id}" : $"{kind}-{id}";

    public string Open(string verb, string kind, int id) => $"{path}?open={verb}:{kind}:{id}#{Anchor(kind, id)}";

    public string Closed(string kind, int id) => $"{path}#{Anchor(kind, id)}";

    public string Time(DateTime utc) => LocalTime.Markup(utc, zoneId);

    /// <summary>An answer up to its text: the frame, the vote, the author, badges and time (closed by <see cref="AnswerEnd"/>).</summary>
    public string AnswerStart(AnswerView answer)
    {
        var html = new StringBuilder(1024)
            .Append("<div class=\"mud-paper mud-paper-outlined pa-3 mb-3").Append(answer.IsAccepted ? " accepted-answer\" style=\"border-color: var(--mud-palette-success)" : "")
            .Append("\" data-testid=\"answer\"").Attribute("data-answer", answer.Id).Append(" data-expert=\"").Append(answer.ByExpert ? "true" : "false").Append('"')
            .Attribute("id", Anchor(PostKinds.Answer, answer.Id)).Append("><div class=\"d-flex gap-3\">")
            .Append(Vote(PostKinds.Answer, answer.Id, answer.Score, answer.VotedByViewer, answer.AuthorId, "vote-answer"))
            .Append("<div class=\"flex-grow-1\" style=\"min-width:0\"><div class=\"d-flex flex-wrap align-center gap-2 mb-1\"><span class=\"mud-typography mud-typography-subtitle2\">")
            .Text(answer.AuthorName).Append("</span>");
        if (answer.ByExpert)
        {
            html.Append(Html.Chip("✔ " + t["Thread.Expert"], "secondary", "filled", "expert-badge"));
        }
        if (answer.IsAccepted)
        {
            html.Append(Html.Chip("✔ " + t["Thread.Accepted"], "success", "filled", "accepted"));
        }
        if (answer.IsHidden || answer.IsDeleted)
        {
            html.Append(Html.Chip(answer.IsHidden ? t["Thread.Hidden"] : t["Thread.Deleted"], "error", "filled"));
        }
        return html.Append("<span class=\"mud-typography mud-typography-caption mud-text-secondary\">").Append(Time(answer.CreatedAtUtc))
            .Append(answer.EditedAtUtc is null ? "" : " · " + Html.Encode(t["Thread.Edited"])).Append("</span></div>").ToString();
    }

    public static string Body(string bodyHtml, string cssClass) => $"<div class=\"markdown-body {cssClass}\">{bodyHtml}</div>";

    /// <summary>What the reader may do with an answer: accept, edit, delete, history, report, hide.</summary>
    public string AnswerActions(AnswerView answer)
    {
        var html = new StringBuilder(512).Append("<div class=\"d-flex flex-wrap gap-1 mt-1\">");
        if (thread.MayAccept && !answer.IsAccepted && !answer.IsDeleted && !answer.IsHidden)
        {
            html.Append(Html.Act(formId, $"accept:{PostKinds.Answer}:{answer.Id}", t["Thread.Accept"], testId: "accept-answer", color: "success", variant: "outlined", icon: "check"));
        }
        if (MayEdit(answer.AuthorId) && !answer.IsDeleted)
        {
            html.Append(Html.Link(Open("edit", PostKinds.Answer, answer.Id), t["Thread.Edit"], testId: "edit-answer"))
                .Append(Html.Act(formId, $"delete:{PostKinds.Answer}:{answer.Id}", t["Thread.Delete"], testId: "delete-answer", color: "error"));
        }
        return html.Append(PostTools(PostKinds.Answer, answer.Id, answer.AuthorId, answer.IsHidden, answer.EditedAtUtc is not null, null)).Append("</div>").ToString();
    }

    public const string AnswerEnd = "</div></div></div>";

    /// <summary>A comment's text and who wrote it when (its frame is opened by the caller, with its anchor).</summary>
    public string Comment(CommentView comment) =>
        new StringBuilder(512).Append("<div class=\"d-flex align-start gap-2\">").Append(Body(comment.BodyHtml, "comment-body flex-grow-1"))
            .Append("<span class=\"mud-typography mud-typography-caption mud-text-secondary text-no-wrap\">— ").Text(comment.AuthorName).Append(", ")
            .Append(Time(comment.CreatedAtUtc)).Append("</span></div>").ToString();

    public string CommentActions(CommentView comment)
    {
        var html = new StringBuilder(384).Append("<div class=\"d-flex flex-wrap gap-1\">");
        if (MayEdit(comment.AuthorId) && !comment.IsDeleted)
        {
            html.Append(Html.Link(Open("edit", PostKinds.Comment, comment.Id), t["Thread.Edit"], testId: "edit-comment"))
                .Append(Html.Act(formId, $"delete:{PostKinds.Comment}:{comment.Id}", t["Thread.Delete"], testId: "delete-comment", color: "error"));
        }
        return html.Append(PostTools(PostKinds.Comment, comment.Id, comment.AuthorId, comment.IsHidden, false, null)).Append("</div>").ToString();
    }

    public string Vote(string kind, int id, int score, bool voted, string authorId, string testId)
    {
        var own = IsOwn(authorId);
        return new StringBuilder(512).Append("<div class=\"vote\"").Attribute("data-testid", testId)
            .Append("><button type=\"submit\" form=\"").Append(Html.Encode(formId)).Append("\" name=\"Input.Act\"").Attribute("value", $"vote:{kind}:{id}")
            .Append(own ? " disabled" : "").Append(" class=\"act act-icon\"").Attribute("aria-label", voted ? t["Vote.Undo"] : t["Vote.Up"])
            .Attribute("title", own ? t["Refused.OwnPost"] : t["Vote.Up"]).Append(" aria-pressed=\"").Append(voted ? "true" : "false").Append("\">")
            .Append(Html.Icon(voted ? "thumb-up" : "thumb-up-outlined", "medium"))
            .Append("</button><span class=\"mud-typography mud-typography-subtitle1\" data-testid=\"score\">").Append(score).Append("</span></div>").ToString();
    }

    /// <summary>History (moderators, edited posts), report (anyone but the author), hide or restore (moderators): links that open a box.</summary>
    public string PostTools(string kind, int id, string authorId, bool hidden, bool edited, string? historyTestId)
    {
        var html = new StringBuilder(256);
        if (thread.Viewer.IsModerator && edited)
        {
            html.Append(Html.Link(Open("history", kind, id), t["Thread.History"], testId: historyTestId));
        }
        if (!IsOwn(authorId))
        {
            html.Append(ModerationLinks.Report(Open("report", kind, id), community));
        }
        if (thread.Viewer.IsModerator)
        {
            html.Append(ModerationLinks.Hide(Open(hidden ? "restore" : "hide", kind, id), hidden, community));
        }
        return html.ToString();
    }
}
