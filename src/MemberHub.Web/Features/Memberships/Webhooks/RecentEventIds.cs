namespace MemberHub.Web.Features.Memberships.Webhooks;

/// <summary>
/// The ids of the last events committed, so a re-delivery of one of them is answered without touching the
/// database. Only a fast path: an id that has dropped out is still caught by the claim in the database.
/// </summary>
internal sealed class RecentEventIds(int capacity)
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly Lock gate = new();

    public bool Contains(string id)
    {
        lock (gate)
        {
            return ids.Contains(id);
        }
    }

    public void Add(string id)
    {
        lock (gate)
        {
            if (!ids.Add(id))
            {
                return;
            }
            order.Enqueue(id);
            if (order.Count > capacity)
            {
                ids.Remove(order.Dequeue());
            }
        }
    }
}
