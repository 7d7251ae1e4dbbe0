using MemberHub.Web.Features.Questions.Search;

namespace MemberHub.Tests.Features.Questions;

/// <summary>What a member types becomes a safe FTS5 query; what is shown back is encoded, with only &lt;mark&gt; added.</summary>
public class SearchQueryTests
{
    [Theory]
    [InlineData("yearly pricing", true, "\"yearly\" AND \"pricing\"")]
    [InlineData("How do I price the yearly plan?", true, "\"price\" AND \"yearly\" AND \"plan\"")]
    [InlineData("the a of", true, "\"the\" AND \"a\" AND \"of\"")]
    [InlineData("\"unbalanced AND OR ( NEAR* col:x", true, "\"unbalanced\" AND \"near\" AND \"col\" AND \"x\"")]
    [InlineData("潜水的成员", true, "\"潜 水 的 成 员\"")]
    [InlineData("年费30元", true, "\"年 费\" AND \"30\" AND \"元\"")]
    [InlineData("成员开口", false, "\"成 员\" OR \"员 开\" OR \"开 口\"")]
    [InlineData("pricing plans", false, "\"pricing\" OR \"plans\"")]
    [InlineData("  ?!  ", true, null)]
    public void A_query_becomes_quoted_phrases(string typed, bool all, string? expected) =>
        Assert.Equal(expected, SqliteQuestionSearch.MatchExpression(typed, all));

    [Fact]
    public void Chinese_is_indexed_one_character_per_token_and_shown_joined_up_again()
    {
        Assert.Equal("怎 么 让 潜 水 的 成 员 开 口 ?", SqliteQuestionSearch.Segment("怎么让潜水的成员开口?"));
        Assert.Equal("怎么让<mark>潜水</mark>的成员", SqliteQuestionSearch.Marked("怎 么 让 \u0002潜 水\u0003 的 成 员"));
        Assert.Equal("<mark>年费</mark>定多少合适？现在月费30元，想改", SqliteQuestionSearch.Marked("\u0002年 费\u0003 定 多 少 合 适 ？ 现 在 月 费 30 元 ， 想 改"));
    }

    [Fact]
    public void Shown_text_is_encoded_and_only_marks_are_markup() =>
        Assert.Equal("&lt;script&gt;x&lt;/script&gt; <mark>plan</mark> &amp; more",
            SqliteQuestionSearch.Marked("<script>x</script> \u0002plan\u0003 & more"));
}
