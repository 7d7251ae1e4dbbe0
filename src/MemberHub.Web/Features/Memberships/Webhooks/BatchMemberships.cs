using MembershipRecord = MemberHub.Web.Features.Memberships.Billing.Membership;

namespace MemberHub.Web.Features.Memberships.Webhooks;

/// <summary>The memberships one write batch has loaded or created, found by subscription or by user without asking the change tracker.</summary>
internal sealed class BatchMemberships
{
    private readonly List<MembershipRecord> all = [];

    public MembershipRecord? BySubscription(string subscriptionId) => all.Find(m => m.StripeSubscriptionId == subscriptionId);

    public MembershipRecord? ByUser(string userId) => all.Find(m => m.UserId == userId);

    public MembershipRecord? Track(MembershipRecord? membership)
    {
        if (membership is not null && !all.Contains(membership))
        {
            all.Add(membership);
        }
        return membership;
    }
}
