using MemberHub.Web.Components.Layout;
using MemberHub.Web.Components.Shared;

namespace MemberHub.Tests.Components;

public class StaticPageTests
{
    [Theory]
    [InlineData("/questions/12", true)]
    [InlineData("/questions/12?open=comment:answer:3#answer-3", true)]
    [InlineData("/talks/4", true)]
    [InlineData("/learn/growing/why-paid-entry", true)]
    [InlineData("/questions/ask", false)]
    [InlineData("/billing", false)]
    [InlineData("/owner/talks/4/edit", false)]
    public void An_interactive_page_knows_which_pages_it_must_load_from_the_server(string path, bool isStatic)
    {
        Assert.Equal(isStatic, StaticPage.IsStaticRoute(path));
    }

    [Theory]
    [InlineData("vote:answer:12", "vote", "answer", 12)]
    [InlineData("answer", "answer", "", 0)]
    [InlineData("close-off-topic", "close-off-topic", "", 0)]
    [InlineData("hide:speaker-question:3", "hide", "speaker-question", 3)]
    public void A_buttons_act_is_read_back_as_it_was_written(string text, string verb, string kind, int id)
    {
        var act = PostAction.Parse(text)!;

        Assert.Equal(new PostAction(verb, kind, id), act);
        Assert.Equal(text, act.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("vote:answer")]
    [InlineData("vote:answer:0")]
    [InlineData("vote:answer:-4")]
    [InlineData("vote:answer:12:13")]
    [InlineData("Vote:answer:12")]
    [InlineData("vote:answer:99999999999")]
    [InlineData("vote:<script>:1")]
    public void A_hand_made_act_is_no_act(string? text)
    {
        Assert.Null(PostAction.Parse(text));
    }
}
