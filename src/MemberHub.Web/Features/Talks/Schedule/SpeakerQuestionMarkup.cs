using System.Text;
using MemberHub.Web.Components.Shared;
using MemberHub.Web.Features.Community;
using MemberHub.Web.Features.Community.Moderation;
using MemberHub.Web.Features.Talks.SpeakerQuestions;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Talks.Schedule;

/// <summary>
/// A question for the speaker as markup (see <see cref="Html"/>): a popular talk lists hundreds. Its buttons post the
/// talk page's action form; its report and hide links open a box under it, which the page renders.
/// </summary>
public sealed class SpeakerQuestionMarkup(int talkId, string? formId, bool isHost, bool moderator, IStringLocalizer<TalksText> t, IStringLocalizer<CommunityText> community)
{
    public static string Anchor(int questionId) => $"speaker-question-{questionId}";

    public string Open(string verb, int questionId) => $"/talks/{talkId}?open={verb}:{SpeakerQuestionModeration.KindName}:{questionId}#{Anchor(questionId)}";

    public string Closed(int questionId) => $"/talks/{talkId}#{Anchor(questionId)}";

    /// <summary>The question's row up to the end of its line (the caller closes the frame after any open box, with <see cref="End"/>).</summary>
    public string Start(SpeakerQuestionView question) => Html.Build(html =>
    {
        html.Append("<div class=\"mud-paper mud-paper-outlined pa-2\" data-testid=\"speaker-question\" data-answered=\"").Append(question.IsAnswered ? "true" : "false")
            .Append('"').Attribute("id", Anchor(question.Id)).Append("><div class=\"d-flex align-center gap-2\">");
        if (formId is not null)
        {
            html.Append("<button type=\"submit\"").Attribute("form", formId).Append(" name=\"Input.Act\"").Attribute("value", $"vote:{SpeakerQuestionModeration.KindName}:{question.Id}")
                .Append(question.IsOwn ? " disabled" : "").Append(" class=\"act act-icon act-small").Append(question.VotedByViewer ? " act-primary" : "").Append('"')
                .Attribute("aria-label", t["Speaker.Vote"]).Append(" aria-pressed=\"").Append(question.VotedByViewer ? "true" : "false")
                .Append("\" data-testid=\"vote-speaker-question\">").Append(question.VotedByViewer ? "▲" : "△").Append("</button>");
        }
        html.Append("<span class=\"mud-typography mud-typography-subtitle2\" data-testid=\"votes\">").Append(question.Votes)
            .Append("</span><span class=\"flex-grow-1").Append(question.IsAnswered ? " mud-text-secondary" : "").Append("\">").Text(question.Text)
            .Append(" <span class=\"mud-typography mud-typography-caption mud-text-secondary\">— ").Text(question.AuthorName).Append("</span></span>");
        if (question.IsAnswered)
        {
            html.Chip(t["Speaker.Answered"], "success", "text");
        }
        if (question.BoardQuestionId is { } boardId)
        {
            html.Append("<a class=\"mud-typography mud-typography-caption mud-link mud-primary-text\"").Attribute("href", $"/questions/{boardId}").Append('>')
                .Text(t["Speaker.OnBoard"]).Append("</a>");
        }
        if (formId is not null && isHost && !question.IsAnswered)
        {
            html.Act(formId, $"mark-answered:{SpeakerQuestionModeration.KindName}:{question.Id}", t["Speaker.MarkAnswered"], testId: "mark-answered");
        }
        if (formId is not null && !question.IsOwn)
        {
            html.ReportLink(Open("report", question.Id), community);
        }
        if (formId is not null && moderator)
        {
            html.HideLink(Open(question.IsHidden ? "restore" : "hide", question.Id), question.IsHidden, community);
        }
        html.Append("</div>");
    });

    public const string End = "</div>";
}
