using MemberHub.Web.Features.Questions.Tags;

namespace MemberHub.Web.Features.Questions.Faq;

/// <summary>
/// Where the FAQ lists an entry: under its question's first tag in the tags' order as it is now (the Owner may reorder
/// tags at any time), groups in that order and untagged entries last. The page and the curators' "move" share it.
/// </summary>
public sealed class FaqTagOrder(IReadOnlyList<QuestionTag> tags)
{
    private readonly Dictionary<int, int> places = tags.Select((tag, place) => (tag.Id, place)).ToDictionary(x => x.Id, x => x.place);

    public int? GroupOf(IEnumerable<int> tagIds) => tagIds.Where(places.ContainsKey).OrderBy(id => places[id]).Select(id => (int?)id).FirstOrDefault();

    public int PlaceOf(int? group) => group is { } id ? places.GetValueOrDefault(id, int.MaxValue - 1) : int.MaxValue;
}
