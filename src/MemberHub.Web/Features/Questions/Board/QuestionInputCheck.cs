using MemberHub.Web.Data;
using MemberHub.Web.Features.Questions.Tags;
using MemberHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Features.Questions.Board;

/// <summary>What asking and editing refuse before any rule: a field out of bounds, or a tag, lesson or talk that does not exist.</summary>
public sealed class QuestionInputCheck(IStringLocalizer<QuestionsText> text)
{
    public const int MaxTags = 5;

    public Outcome? Fields(QuestionInput input)
    {
        var title = input.Title?.Trim() ?? "";
        var body = input.Body?.Trim() ?? "";
        if (title.Length == 0)
        {
            return Outcome.Refused(text["Ask.TitleRequired"], "Title");
        }
        if (title.Length > Question.TitleMaxLength)
        {
            return Outcome.Refused(text["Ask.TitleTooLong", Question.TitleMaxLength, title.Length], "Title");
        }
        if (body.Length == 0)
        {
            return Outcome.Refused(text["Ask.BodyRequired"], "Body");
        }
        if (body.Length > Question.BodyMaxLength)
        {
            return Outcome.Refused(text["Ask.BodyTooLong", Question.BodyMaxLength, body.Length], "Body");
        }
        if (!Enum.IsDefined(input.Stage))
        {
            return Outcome.Refused(text["Ask.StageUnknown"], "Stage");
        }
        return input.TagIds.Distinct().Count() > MaxTags ? Outcome.Refused(text["Ask.TooManyTags", MaxTags], "TagIds") : null;
    }

    public async Task<Outcome?> ReferencesAsync(AppDbContext db, QuestionInput input, CancellationToken cancellationToken)
    {
        var tagIds = input.TagIds.Distinct().ToList();
        if (tagIds.Count > 0 && await db.Set<QuestionTag>().CountAsync(t => tagIds.Contains(t.Id), cancellationToken) != tagIds.Count)
        {
            return Outcome.Refused(text["Ask.TagUnknown"], "TagIds");
        }
        if (input.LessonId is { } lessonId && !await db.Set<Content.Tracks.Lesson>().AnyAsync(l => l.Id == lessonId, cancellationToken))
        {
            return Outcome.Refused(text["Ask.LessonUnknown"], "LessonId");
        }
        if (input.TalkId is { } talkId && !await db.Set<Talks.Schedule.Talk>().AnyAsync(t => t.Id == talkId, cancellationToken))
        {
            return Outcome.Refused(text["Ask.TalkUnknown"], "TalkId");
        }
        return null;
    }
}
