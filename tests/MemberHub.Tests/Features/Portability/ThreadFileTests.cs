using System.Text;
using MemberHub.Web.Features.Portability.MovingIn.Threads;

namespace MemberHub.Tests.Features.Portability;

public class ThreadFileTests
{
    static ThreadFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // The shape of Discourse's topic JSON with the solved plugin, and the users of its admin export.
    internal const string DiscourseExport = """
        {
          "users": [
            { "id": 1, "username": "ann", "email": "ann@example.com" },
            { "id": 2, "username": "bo", "email": "bo@example.com" }
          ],
          "topics": [
            {
              "id": 42, "title": "How do I price a yearly plan?", "created_at": "2025-03-01T09:00:00.000Z", "tags": ["pricing", { "name": "billing" }],
              "accepted_answer": { "post_number": 3, "username": "bo" },
              "post_stream": { "posts": [
                { "id": 100, "post_number": 1, "user_id": 1, "username": "ann", "created_at": "2025-03-01T09:00:00.000Z", "raw": "Monthly churns **after three months**.", "post_type": 1 },
                { "id": 101, "post_number": 2, "username": "bo", "created_at": "2025-03-01T10:00:00.000Z", "cooked": "<p>Ten months&#39; price.</p><p>Second<br>line</p>", "post_type": 1 },
                { "id": 102, "post_number": 3, "user_id": 2, "created_at": "2025-03-02T08:00:00.000Z", "raw": "Try 10×monthly.", "post_type": 1 },
                { "id": 103, "post_number": 4, "user_id": 1, "created_at": "2025-03-02T09:00:00.000Z", "raw": "closed", "post_type": 3 },
                { "id": 104, "post_number": 5, "user_id": 1, "created_at": "2025-03-02T09:00:00.000Z", "raw": "gone", "deleted_at": "2025-03-03T00:00:00Z" }
              ] }
            },
            { "id": 43, "title": "Empty topic", "post_stream": { "posts": [] } }
          ]
        }
        """;

    [Fact]
    public void A_discourse_export_gives_each_topic_as_a_question_with_its_replies_authors_by_email_and_the_solved_answer()
    {
        var file = ThreadFile.Read(Encoding.UTF8.GetBytes(DiscourseExport));

        Assert.True(file.Succeeded);
        Assert.Equal(ThreadFile.Discourse, file.Format);
        var topic = Assert.Single(file.Threads);
        Assert.Equal(("discourse:42", "How do I price a yearly plan?"), (topic.Key, topic.Title));
        Assert.Equal(new IncomingPost("42#1", "ann@example.com", "2025-03-01T09:00:00.000Z", "Monthly churns **after three months**."), topic.Question);
        Assert.Equal(["pricing", "billing"], topic.Tags);
        // Whispers, moderator actions and deleted posts are not answers; an HTML-only post comes as text.
        Assert.Equal(
            [("42#2", "bo@example.com", "Ten months' price.\n\nSecond\nline", false), ("42#3", "bo@example.com", "Try 10×monthly.", true)],
            topic.Answers.Select(a => (a.Place, a.AuthorEmail, a.Body, a.Accepted)));
    }

    [Fact]
    public void A_thread_json_is_read_as_a_list_or_under_threads_and_a_thread_without_an_id_gets_a_stable_key()
    {
        const string json = """
            { "threads": [
              { "title": "怎么定年费？", "body": "月度会员三个月后流失。", "author_email": "ann@example.com", "created_at": "2025-03-01 17:00", "tags": ["定价"],
                "answers": [ { "body": "按十个月定。", "author_email": "bo@example.com", "created_at": "2025-03-01T18:00:00+08:00", "accepted": true } ] },
              { "id": "t-2", "title": "Second", "body": "Body", "author_email": "bo@example.com", "created_at": "2025-03-02T00:00:00Z" }
            ] }
            """;

        var file = ThreadFile.Read(Encoding.UTF8.GetBytes(json));
        var again = ThreadFile.Read(Encoding.UTF8.GetBytes($"[{json[(json.IndexOf('[') + 1)..json.LastIndexOf(']')]}]"));

        Assert.Equal(ThreadFile.Json, file.Format);
        Assert.Equal(2, file.Threads.Count);
        Assert.Equal(("1", "1.1", true), (file.Threads[0].Question.Place, file.Threads[0].Answers[0].Place, file.Threads[0].Answers[0].Accepted));
        Assert.Equal("json:t-2", file.Threads[1].Key);
        Assert.StartsWith("json:", file.Threads[0].Key);
        Assert.Equal(file.Threads.Select(t => t.Key), again.Threads.Select(t => t.Key));
    }

    [Fact]
    public void A_thread_csv_in_gbk_groups_rows_by_thread_and_takes_the_question_row_wherever_it_is()
    {
        var csv = "话题id,类型,标题,内容,邮箱,发布时间,采纳,标签\r\n"
            + "7,answer,,按十个月定。,bo@example.com,2025-03-01 18:00,是,\r\n"
            + "7,question,怎么定年费？,\"月度会员\n三个月后流失。\",ann@example.com,2025-03-01 17:00,,定价;续费\r\n"
            + "\r\n"
            + "8,,第二个问题,内容,bo@example.com,2025-03-02 08:00,,\r\n";

        var file = ThreadFile.Read(Encoding.GetEncoding("GBK").GetBytes(csv));

        Assert.True(file.Succeeded, file.Detail);
        Assert.Equal(ThreadFile.Csv, file.Format);
        Assert.Equal(["csv:7", "csv:8"], file.Threads.Select(t => t.Key));
        var first = file.Threads[0];
        Assert.Equal(("怎么定年费？", "3", "月度会员\n三个月后流失。"), (first.Title, first.Question.Place, first.Question.Body));
        Assert.Equal(["定价", "续费"], first.Tags);
        Assert.Equal(("2", true), (first.Answers.Single().Place, first.Answers.Single().Accepted));
        // The blank line still counts: the row is where a spreadsheet shows it.
        Assert.Equal("5", file.Threads[1].Question.Place);
    }

    [Theory]
    [InlineData("", ThreadFileRefusal.Empty, null)]
    [InlineData("  \n ", ThreadFileRefusal.Empty, null)]
    [InlineData("{\"topics\": [ {\"id\": 1, ", ThreadFileRefusal.Malformed, "1")]
    [InlineData("{\n\"members\": []\n}", ThreadFileRefusal.UnknownFormat, "topics / threads")]
    [InlineData("Email,Name\nann@example.com,Ann\n", ThreadFileRefusal.UnknownFormat, "thread")]
    [InlineData("thread,title\n1,Only a title\n", ThreadFileRefusal.UnknownFormat, "body")]
    [InlineData("thread,body\n1,\"never closed\n", ThreadFileRefusal.Malformed, null)]
    public void Files_that_are_not_threads_are_refused_with_what_is_wrong(string content, ThreadFileRefusal refusal, string? detail)
    {
        var file = ThreadFile.Read(Encoding.UTF8.GetBytes(content));

        Assert.Equal(refusal, file.Refusal);
        if (detail is not null)
        {
            Assert.Equal(detail, file.Detail);
        }
        Assert.Empty(file.Threads);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_before_it_is_read() =>
        Assert.Equal(ThreadFileRefusal.TooLarge, ThreadFile.Read(new byte[20 * 1024 * 1024 + 1]).Refusal);

    [Fact]
    public void A_long_thread_id_is_kept_short_enough_to_store_and_still_tells_threads_apart()
    {
        var (a, b) = (IncomingThread.KeyOf("csv", new string('a', 300)), IncomingThread.KeyOf("csv", new string('a', 299) + "b"));

        Assert.True(a.Length <= ImportedThread.KeyMaxLength);
        Assert.NotEqual(a, b);
        Assert.Equal(a, IncomingThread.KeyOf("csv", new string('a', 300)));
    }
}
