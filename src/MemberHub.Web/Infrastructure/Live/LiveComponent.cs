using Microsoft.AspNetCore.Components;

namespace MemberHub.Web.Infrastructure.Live;

/// <summary>
/// A component that follows changes while it is on screen: <see cref="Follow{TKey}"/> reloads it on its own renderer
/// when a change concerns it, and every subscription ends with the component. Follow after the first interactive
/// render: a page only pre-rendered, or rendered statically, has nobody to tell.
/// </summary>
public abstract class LiveComponent : ComponentBase, IDisposable
{
    private readonly List<IDisposable> followed = [];

    protected void Follow<TKey>(ChangeNotifier<TKey> notifier, Func<TKey, bool> concerns, Func<Task> reload) =>
        followed.Add(notifier.Subscribe(concerns, key => _ = InvokeAsync(async () =>
        {
            await reload();
            StateHasChanged();
        })));

    /// <summary>What else the component lets go of (timers).</summary>
    protected virtual void Disposing()
    {
    }

    public void Dispose()
    {
        foreach (var subscription in followed)
        {
            subscription.Dispose();
        }
        followed.Clear();
        Disposing();
        GC.SuppressFinalize(this);
    }
}
