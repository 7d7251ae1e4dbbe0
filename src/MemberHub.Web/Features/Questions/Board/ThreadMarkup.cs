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

    /// <summary>Authors and moderators, while the thread is not in an ended season's read-only archive.</summary>
    public bool MayEdit(string authorId) => thread.ArchivedIn is null && (IsOwn(authorId) || thread.Viewer.IsModerator);

    /// <summary>Where a post is on the page (a link opening a box under it scrolls there).</summary>
    public static string Anchor(string kind, int id) => kind == PostKinds.Comment ? $"comment-item-{id}" : $"{kind}-{id}";

    public string Open(string verb, string kind, int id) => $"{path}?open={verb}:{kind}:{id}#{Anchor(kind, id)}";

    public string Closed(string kind, int id) => $"{path}#{Anchor(kind, id)}";

    public string Time(DateTime utc) => Html.Build(html => LocalTime.Markup(html, utc, zoneId));

    /// <summary>An answer up to its text: the frame, the vote, the author, badges and time (closed by <see cref="AnswerEnd"/>).</summary>
    public string AnswerStart(AnswerView answer) => Html.Build(html =>
    {
        html.Append("<div class=\"mud-paper mud-paper-outlined pa-3 mb-3").Append(answer.IsAccepted ? " accepted-answer\" style=\"border-color: var(--mud-palette-success)" : "")
            .Append("\" data-testid=\"answer\"").Attribute("data-answer", answer.Id).Append(" data-expert=\"").Append(answer.ByExpert ? "true" : "false").Append('"')
            .Attribute("id", Anchor(PostKinds.Answer, answer.Id)).Append("><div class=\"d-flex gap-3\">");
        Vote(html, PostKinds.Answer, answer.Id, answer.Score, answer.VotedByViewer, answer.AuthorId, "vote-answer");
        html.Append("<div class=\"flex-grow-1\" style=\"min-width:0\"><div class=\"d-flex flex-wrap align-center gap-2 mb-1\"><span class=\"mud-typography mud-typography-subtitle2\">")
            .Text(answer.AuthorName).Append("</span>");
        if (answer.ByExpert)
        {
            html.Chip("✔ " + t["Thread.Expert"], "secondary", "filled", "expert-badge");
        }
        if (answer.IsAccepted)
        {
            html.Chip("✔ " + t["Thread.Accepted"], "success", "filled", "accepted");
        }
        InFaq(html, answer.Id);
        if (answer.IsHidden || answer.IsDeleted)
        {
            html.Chip(answer.IsHidden ? t["Thread.Hidden"] : t["Thread.Deleted"], "error", "filled");
        }
        html.Append("<span class=\"mud-typography mud-typography-caption mud-text-secondary\">");
        LocalTime.Markup(html, answer.CreatedAtUtc, zoneId);
        if (answer.EditedAtUtc is not null)
        {
            html.Append(" · ").Text(t["Thread.Edited"]);
        }
        html.Append("</span></div>");
    });

    public static string Body(string bodyHtml, string cssClass) => $"<div class=\"markdown-body {cssClass}\">{bodyHtml}</div>";

    /// <summary>What the reader may do with an answer: accept, edit, delete, history, report, hide.</summary>
    public string AnswerActions(AnswerView answer) => Html.Build(html =>
    {
        html.Append("<div class=\"d-flex flex-wrap gap-1 mt-1\">");
        if (thread.MayAccept && thread.ArchivedIn is null && !answer.IsAccepted && !answer.IsDeleted && !answer.IsHidden)
        {
            html.Act(formId, $"accept:{PostKinds.Answer}:{answer.Id}", t["Thread.Accept"], testId: "accept-answer", color: "success", variant: "outlined", icon: "check");
        }
        Promote(html, answer);
        if (MayEdit(answer.AuthorId) && !answer.IsDeleted)
        {
            html.Link(Open("edit", PostKinds.Answer, answer.Id), t["Thread.Edit"], testId: "edit-answer")
                .Act(formId, $"delete:{PostKinds.Answer}:{answer.Id}", t["Thread.Delete"], testId: "delete-answer", color: "error");
        }
        PostTools(html, PostKinds.Answer, answer.Id, answer.AuthorId, answer.IsHidden, answer.EditedAtUtc is not null, null);
        html.Append("</div>");
    });

    /// <summary>"In the FAQ", linking to its entry, on the answer the FAQ took.</summary>
    public string InFaq(int answerId) => Html.Build(html => InFaq(html, answerId));

    private void InFaq(StringBuilder html, int answerId)
    {
        if (thread.Faq is { } faq && faq.AnswerId == answerId)
        {
            html.Append("<a").Attribute("href", $"/faq#faq-{faq.EntryId}").Append(" class=\"mud-chip mud-chip-outlined mud-chip-size-small mud-chip-color-warning mud-clickable\" data-testid=\"in-faq\"><span class=\"mud-chip-content\">★ ")
                .Text(t["Faq.InFaq"]).Append("</span></a>");
        }
    }

    /// <summary>An expert's button putting the thread's final answer (summary or accepted) in the FAQ.</summary>
    public string Promote(AnswerView answer) => Html.Build(html => Promote(html, answer));

    private void Promote(StringBuilder html, AnswerView answer)
    {
        if (thread.MayPromote(answer))
        {
            html.Act(formId, $"faq:{PostKinds.Answer}:{answer.Id}", t["Faq.Promote"], testId: "promote-faq", color: "warning", variant: "outlined", icon: "star");
        }
    }

    public const string AnswerEnd = "</div></div></div>";

    /// <summary>A comment's text, who wrote it when, and what the reader may do with it (its frame is the caller's, with its anchor).</summary>
    public string Comment(CommentView comment) => Html.Build(html =>
    {
        html.Append("<div class=\"d-flex align-start gap-2\"><div class=\"markdown-body comment-body flex-grow-1\">").Append(comment.BodyHtml)
            .Append("</div><span class=\"mud-typography mud-typography-caption mud-text-secondary text-no-wrap\">— ").Text(comment.AuthorName).Append(", ");
        LocalTime.Markup(html, comment.CreatedAtUtc, zoneId);
        html.Append("</span></div><div class=\"d-flex flex-wrap gap-1\">");
        if (MayEdit(comment.AuthorId) && !comment.IsDeleted)
        {
            html.Link(Open("edit", PostKinds.Comment, comment.Id), t["Thread.Edit"], testId: "edit-comment")
                .Act(formId, $"delete:{PostKinds.Comment}:{comment.Id}", t["Thread.Delete"], testId: "delete-comment", color: "error");
        }
        PostTools(html, PostKinds.Comment, comment.Id, comment.AuthorId, comment.IsHidden, false, null);
        html.Append("</div>");
    });

    public string Vote(string kind, int id, int score, bool voted, string authorId, string testId) =>
        Html.Build(html => Vote(html, kind, id, score, voted, authorId, testId));

    private void Vote(StringBuilder html, string kind, int id, int score, bool voted, string authorId, string testId)
    {
        var own = IsOwn(authorId);
        html.Append("<div class=\"vote\"").Attribute("data-testid", testId).Append("><button type=\"submit\"").Attribute("form", formId)
            .Append(" name=\"Input.Act\"").Attribute("value", $"vote:{kind}:{id}").Append(own ? " disabled" : "").Append(" class=\"act act-icon\"")
            .Attribute("aria-label", voted ? t["Vote.Undo"] : t["Vote.Up"]).Attribute("title", own ? t["Refused.OwnPost"] : t["Vote.Up"])
            .Append(" aria-pressed=\"").Append(voted ? "true" : "false").Append("\">").Icon(voted ? "thumb-up" : "thumb-up-outlined", "medium")
            .Append("</button><span class=\"mud-typography mud-typography-subtitle1\" data-testid=\"score\">").Append(score).Append("</span></div>");
    }

    public string PostTools(string kind, int id, string authorId, bool hidden, bool edited, string? historyTestId) =>
        Html.Build(html => PostTools(html, kind, id, authorId, hidden, edited, historyTestId));

    // History (moderators, edited posts), report (anyone but the author), hide or restore (moderators): links that open a box.
    private void PostTools(StringBuilder html, string kind, int id, string authorId, bool hidden, bool edited, string? historyTestId)
    {
        if (thread.Viewer.IsModerator && edited)
        {
            html.Link(Open("history", kind, id), t["Thread.History"], testId: historyTestId);
        }
        if (!IsOwn(authorId))
        {
            html.ReportLink(Open("report", kind, id), community);
        }
        if (thread.Viewer.IsModerator)
        {
            html.HideLink(Open(hidden ? "restore" : "hide", kind, id), hidden, community);
        }
    }
}
