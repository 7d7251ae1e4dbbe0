using MemberHub.Web.Features.Content.Tracks;

namespace MemberHub.Web.Features.Content.Import;

/// <summary>"stage:beginner", "lesson:first-week", or an act in the community ("act:introduced", "act:days:5", see <see cref="ActRule"/>).</summary>
public sealed record Requirement(string Kind, string Key)
{
    public static Requirement? Parse(string value) =>
        value.Split(':', 2, StringSplitOptions.TrimEntries) switch
        {
            [var kind and ("stage" or "lesson"), var key] when TrackFiles.IsSlug(key) => new Requirement(kind, key),
            ["act", var key] when ActRule.Parse(key) is { } act => new Requirement("act", act.ToString()),
            _ => null,
        };

    public override string ToString() => $"{Kind}:{Key}";
}

/// <summary>One lesson file, read and checked on its own (references to other lessons are checked by the importer).</summary>
public sealed record LessonFile(
    string Path, string Text, string Hash, LessonFrontMatter FrontMatter, string Slug, int Order,
    string English, string Chinese, DateTime? ReleaseUtc, IReadOnlyList<Requirement> Requires)
{
    public static LessonFile Read(string path, string text, Track track)
    {
        var (source, english, chinese, bodyLine) = TrackFiles.Parse<LessonFrontMatter>(text);
        var (numbered, fileSlug) = TrackFiles.FromFileName(path);
        var slug = source.Slug?.Trim() ?? fileSlug;
        int Line(string key) => TrackFiles.LineOf(text, key);
        if (string.IsNullOrWhiteSpace(source.Title))
        {
            throw new ContentFileException(Line("title"), "'title' is required");
        }
        if ((source.Title.Length > Lesson.TitleMaxLength) || (source.TitleZh?.Length > Lesson.TitleMaxLength))
        {
            throw new ContentFileException(Line("title"), $"a title may have at most {Lesson.TitleMaxLength} characters");
        }
        if (!TrackFiles.IsSlug(slug))
        {
            throw new ContentFileException(Line("slug"), $"the slug '{slug}' must be lower-case letters, digits and dashes");
        }
        if (track.Stages.All(s => s.Key != source.Stage))
        {
            throw new ContentFileException(Line("stage"),
                $"'stage' must be one of the track's stages ({string.Join(", ", track.Stages.OrderBy(s => s.SortOrder).Select(s => s.Key))})");
        }
        if (!TrackFiles.TryParseRelease(source.Release, out var release))
        {
            throw new ContentFileException(Line("release"), $"'release' must be a date written {TrackFiles.ReleaseFormat}, not '{source.Release}'");
        }
        if (source.DripDays < 0)
        {
            throw new ContentFileException(Line("drip_days"), "'drip_days' cannot be below 0");
        }
        if (source.Minutes < 0 || source.MinRank < 0)
        {
            throw new ContentFileException(Line(source.Minutes < 0 ? "minutes" : "min_rank"), "numbers here cannot be below 0");
        }
        if (english.Length == 0)
        {
            throw new ContentFileException(bodyLine, "the lesson has no English text");
        }
        if (english.Length > Lesson.BodyMaxLength || chinese.Length > Lesson.BodyMaxLength)
        {
            throw new ContentFileException(bodyLine, $"a lesson may have at most {Lesson.BodyMaxLength} characters per language");
        }
        var requires = new List<Requirement>();
        foreach (var value in source.Requires)
        {
            var requirement = Requirement.Parse(value)
                ?? throw new ContentFileException(Line("requires"), $"'{value}' in 'requires' must be written stage:<key>, lesson:<slug> or act:<introduced|asked|accepted|talk|talk:<series id>|days:<n>>");
            if (requirement.Kind == "lesson" && requirement.Key == slug)
            {
                throw new ContentFileException(Line("requires"), "a lesson cannot require itself");
            }
            requires.Add(requirement);
        }
        foreach (var attachment in source.Attachments)
        {
            if (string.IsNullOrWhiteSpace(attachment.Title) || attachment.Title.Contains('|')
                || !Uri.TryCreate(attachment.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                throw new ContentFileException(Line("attachments"), "every attachment needs a 'title' (without '|') and an http(s) 'url'");
            }
        }
        return new LessonFile(path, text, TrackFiles.Hash(text), source, slug, source.Order ?? numbered ?? 0,
            english, chinese, release, requires);
    }
}
