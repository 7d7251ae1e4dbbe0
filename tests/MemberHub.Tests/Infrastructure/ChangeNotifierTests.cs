using MemberHub.Web.Features.Questions.Board;

namespace MemberHub.Tests.Infrastructure;

public class ChangeNotifierTests
{
    [Fact]
    public void A_page_hears_only_the_changes_that_concern_it_until_it_lets_go()
    {
        var events = new QuestionEvents();
        var heard = new List<int>();
        var subscription = events.Subscribe(id => id == 7, heard.Add);

        events.Raise(7);
        events.Raise(8);
        subscription.Dispose();
        subscription.Dispose();
        events.Raise(7);

        Assert.Equal([7], heard);
    }

    [Fact]
    public void Pages_following_the_same_notifier_each_hear_a_change()
    {
        var events = new QuestionEvents();
        var first = 0;
        var second = 0;
        using var a = events.Subscribe(_ => true, _ => first++);
        using var b = events.Subscribe(_ => true, _ => second++);

        events.Raise(1);

        Assert.Equal((1, 1), (first, second));
    }
}
