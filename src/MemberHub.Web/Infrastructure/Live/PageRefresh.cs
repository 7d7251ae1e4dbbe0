using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MemberHub.Web.Infrastructure.Live;

/// <summary>
/// An island on a statically rendered page that asks for the page again when what it shows changes, as eShop's
/// <c>OrdersRefreshOnStatusChange</c>: an enhanced refresh, which keeps the island and the scroll position. The page's
/// boxes are rewritten by a refresh, so memberhub.js keeps the drafts around it, and while a box holds one the island
/// says there is news (<see cref="Waiting"/>) and refreshes when the reader asks (<see cref="ShowAsync"/>).
/// </summary>
public abstract class PageRefresh : LiveComponent
{
    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    protected bool Waiting { get; private set; }

    protected async Task ChangedAsync()
    {
        try
        {
            if (await JS.InvokeAsync<bool>("memberhub.hasDraft"))
            {
                Waiting = true;
                StateHasChanged();
                return;
            }
        }
        catch (JSDisconnectedException)
        {
            return;
        }
        await ShowAsync();
    }

    protected async Task ShowAsync()
    {
        Waiting = false;
        try
        {
            await JS.InvokeVoidAsync("memberhub.keepDrafts");
        }
        catch (JSDisconnectedException)
        {
            return;
        }
        Navigation.Refresh();
    }
}
