using MemberHub.Web.Features.Portability.MovingIn;
using MemberHub.Web.Features.Portability.MovingIn.Threads;

namespace MemberHub.Tests.Features.Portability;

public class ThreadCheckTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static ThreadCheckContext Context(string? standIn = null, params string[] imported) => new(
        new Dictionary<string, string> { ["ANN@EXAMPLE.COM"] = "ann-id", ["BO@EXAMPLE.COM"] = "bo-id" }, standIn, imported.ToHashSet(), "Asia/Shanghai", Now);

    private static IncomingPost Post(string place, string? email = "ann@example.com", string? date = "2026-01-01T00:00:00Z", string body = "Text", bool accepted = false) =>
        new(place, email, date, body, accepted);

    private static IncomingThread Thread(string key, IncomingPost question, params IncomingPost[] answers) => new(key, "Title " + key, question, answers, []);

    [Theory]
    [InlineData("", "Text", "ann@example.com", "2026-01-01T00:00:00Z", ThreadCheck.NoTitle)]
    [InlineData("T", "  ", "ann@example.com", "2026-01-01T00:00:00Z", ThreadCheck.NoBody)]
    [InlineData("T", "Text", "nobody@example.com", "2026-01-01T00:00:00Z", ThreadCheck.UnknownAuthor)]
    [InlineData("T", "Text", null, "2026-01-01T00:00:00Z", ThreadCheck.UnknownAuthor)]
    [InlineData("T", "Text", "ann@example.com", "yesterday", ThreadCheck.BadDate)]
    [InlineData("T", "Text", "ann@example.com", null, ThreadCheck.BadDate)]
    [InlineData("T", "Text", "ann@example.com", "2027-01-01T00:00:00Z", ThreadCheck.BadDate)]
    public void A_question_that_cannot_be_imported_is_left_out_with_its_answers_and_the_reason(string title, string body, string? email, string? date, string reason)
    {
        var thread = new IncomingThread("k", title, Post("2", email, date, body), [Post("3")], []);

        var (accepted, skipped) = ThreadCheck.Run([thread], Context());

        Assert.Empty(accepted);
        Assert.Equal(new SkippedPost("2", title.Length == 0 ? null : title, reason, Answers: 1), Assert.Single(skipped));
    }

    [Fact]
    public void A_body_over_the_board_limit_is_left_out()
    {
        var (_, skipped) = ThreadCheck.Run([Thread("k", Post("1", body: new string('x', 20_001)))], Context());

        Assert.Equal(ThreadCheck.TooLong, Assert.Single(skipped).Reason);
    }

    [Fact]
    public void Threads_imported_before_or_twice_in_the_file_are_left_out_once_each()
    {
        var (accepted, skipped) = ThreadCheck.Run([Thread("a", Post("1")), Thread("b", Post("2")), Thread("a", Post("3"))], Context(imported: "b"));

        Assert.Equal(["a"], accepted.Select(t => t.Key));
        Assert.Equal([("2", ThreadCheck.AlreadyImported), ("3", ThreadCheck.Duplicate)], skipped.Select(s => (s.Place, s.Reason)));
    }

    [Fact]
    public void Unknown_authors_post_under_the_stand_in_when_the_owner_chooses_so()
    {
        var (accepted, skipped) = ThreadCheck.Run([Thread("a", Post("1", "stranger@example.com"), Post("2", "BO@example.com"))], Context(standIn: "owner-id"));

        Assert.Empty(skipped);
        Assert.Equal(("owner-id", "bo-id"), (accepted[0].Question.AuthorId, accepted[0].Answers[0].AuthorId));
    }

    [Fact]
    public void Answers_are_ordered_by_date_never_before_their_question_and_only_the_first_accepted_one_counts()
    {
        var thread = Thread("a", Post("1", date: "2026-01-02T00:00:00Z"),
            Post("2", date: "2026-01-05T00:00:00Z", accepted: true),
            Post("3", date: "2026-01-01T00:00:00Z"),
            Post("4", date: "2026-01-03T00:00:00Z", accepted: true),
            Post("5", email: "nobody@example.com"));

        var (accepted, skipped) = ThreadCheck.Run([thread], Context());

        var answers = accepted.Single().Answers;
        Assert.Equal(["3", "4", "2"], answers.Select(a => a.Place));
        Assert.Equal(new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc), answers[0].CreatedAtUtc);
        Assert.Equal([false, true, false], answers.Select(a => a.Accepted));
        Assert.Equal(new SkippedPost("5", "Title a", ThreadCheck.UnknownAuthor), Assert.Single(skipped));
    }

    [Theory]
    [InlineData("2026-03-01T17:00:00Z", "2026-03-01T17:00:00")]
    [InlineData("2026-03-01T17:00:00+08:00", "2026-03-01T09:00:00")]
    [InlineData("2026-03-01 17:00", "2026-03-01T09:00:00")]
    [InlineData("2026-03-01", "2026-02-28T16:00:00")]
    public void Dates_without_an_offset_are_wall_clock_times_in_the_community_zone(string text, string utc) =>
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), IncomingDate.ToUtc(text, "Asia/Shanghai"));

    [Fact]
    public void A_title_longer_than_the_board_allows_is_shortened_not_refused()
    {
        var thread = new IncomingThread("k", new string('t', 250), Post("1"), [], []);

        var title = ThreadCheck.Run([thread], Context()).Accepted.Single().Title;

        Assert.Equal(200, title.Length);
        Assert.EndsWith("…", title);
    }
}
