using System.Text;
using MemberHub.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>A question list's row as markup (see <see cref="Html"/>): a page of twenty rows is twenty writes for the renderer.</summary>
public static class QuestionListMarkup
{
    public static string Row(QuestionListItem item, string zoneId, IStringLocalizer<QuestionsText> t) => Html.Build(html =>
    {
        html.Append("<div class=\"mud-paper mud-paper-outlined pa-3 d-flex gap-4 align-start\" data-testid=\"question-item\"").Attribute("data-question", item.Id)
            .Append("><div class=\"d-flex flex-column align-center\" style=\"min-width:4rem\"><span class=\"mud-typography mud-typography-h6\">").Append(item.Score)
            .Append("</span><span class=\"mud-typography mud-typography-caption\">").Text(t["Board.Votes"])
            .Append("</span><span class=\"mud-typography mud-typography-h6").Append(item.HasExpertAnswer ? " mud-success-text" : "").Append("\">").Append(item.AnswerCount)
            .Append("</span><span class=\"mud-typography mud-typography-caption\">").Text(t["Board.Answers"])
            .Append("</span></div><div class=\"flex-grow-1\" style=\"min-width:0\"><a").Attribute("href", $"/questions/{item.Id}")
            .Append(" class=\"mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-subtitle1 question-title\">").Text(item.Title)
            .Append("</a><div class=\"d-flex flex-wrap align-center gap-1 mt-1\">");
        StateChip.Markup(html, item.State, t).Chip(t[$"Stage.{item.Stage}"]);
        foreach (var tag in item.Tags)
        {
            html.Append("<a class=\"mud-chip mud-chip-outlined mud-chip-size-small mud-chip-color-primary mud-clickable\"").Attribute("href", $"/questions?tag={tag.Slug}")
                .Append("><span class=\"mud-chip-content\">").Text(tag.Name).Append("</span></a>");
        }
        html.Append("<span class=\"flex-grow-1\"></span><span class=\"mud-typography mud-typography-caption mud-text-secondary\">").Text(item.AuthorName).Append(" · ");
        LocalTime.Markup(html, item.CreatedAtUtc, zoneId).Append("</span></div></div></div>");
    });
}
