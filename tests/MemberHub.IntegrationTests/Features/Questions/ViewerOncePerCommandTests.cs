using System.Diagnostics.Metrics;
using MemberHub.IntegrationTests.Features.Community;
using MemberHub.Web.Features.Memberships.Access;
using MemberHub.Web.Features.Questions.Board;

namespace MemberHub.IntegrationTests.Features.Questions;

/// <summary>
/// A board command reads the acting member once and asks every rule of that one reading, as in an interactive
/// connection, where no request-wide cache exists (these tests call the services without an HTTP request).
/// </summary>
public sealed class ViewerOncePerCommandTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task Answering_with_a_link_asks_who_the_member_is_once()
    {
        var asker = await factory.MemberAsync();
        var expert = await factory.ExpertAsync();
        var id = await factory.AskAsync(asker.Id);

        // The link sends the guard to its link rule too, which used to read the member a third time.
        var lookups = await LookupsDuringAsync(async () => (await factory.Answers().AnswerAsync(expert.Id, id, "See https://docs.example.com/pricing for the table.")).Succeeded);

        Assert.Equal(1, lookups);
    }

    [Fact]
    public async Task Voting_and_accepting_ask_once_each()
    {
        var asker = await factory.MemberAsync();
        var voter = await factory.MemberAsync();
        var id = await factory.AskAsync(asker.Id);
        var answer = await factory.AnswerAsync(voter.Id, id);

        var vote = await LookupsDuringAsync(async () => (await factory.Votes().ToggleAsync(voter.Id, PostKinds.Question, id)).Succeeded);
        var accept = await LookupsDuringAsync(async () => (await factory.Answers().AcceptAsync(asker.Id, answer)).Succeeded);

        Assert.Equal(1, vote);
        Assert.Equal(1, accept);
    }

    // Counts the lookups made in this test's own flow only: the listener's callback runs on the caller's async flow.
    private static async Task<int> LookupsDuringAsync(Func<Task<bool>> command)
    {
        var counting = new AsyncLocal<bool> { Value = true };
        var lookups = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter == MemberAccess.Meter)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) =>
        {
            if (counting.Value)
            {
                Interlocked.Add(ref lookups, (int)value);
            }
        });
        listener.Start();
        var succeeded = await command();
        counting.Value = false;
        Assert.True(succeeded);
        return lookups;
    }
}
