using Microsoft.AspNetCore.Components.Forms;

namespace MemberHub.Web.Components.Shared;

/// <summary>Shows a service's refusal next to the field it names, keeping everything the user typed.</summary>
public sealed class FormErrors(EditContext context)
{
    private readonly ValidationMessageStore store = new(context);

    public void Show(string? field, string message)
    {
        store.Clear();
        if (!string.IsNullOrEmpty(field))
        {
            store.Add(context.Field(field), message);
        }
        context.NotifyValidationStateChanged();
    }

    public void Clear()
    {
        store.Clear();
        context.NotifyValidationStateChanged();
    }
}
