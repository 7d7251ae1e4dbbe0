using Microsoft.AspNetCore.Components.Forms;

namespace MemberHub.Web.Components.Shared;

/// <summary>Shows a service's refusal next to the field it names, keeping everything the user typed.</summary>
public sealed class FormErrors
{
    private readonly EditContext context;
    private readonly ValidationMessageStore store;

    public FormErrors(EditContext context)
    {
        this.context = context;
        store = new ValidationMessageStore(context);
        // The service decides again on the next submit, so its old message must not block that submit; editing the field clears it too.
        context.OnValidationRequested += (_, _) => store.Clear();
        context.OnFieldChanged += (_, e) => store.Clear(e.FieldIdentifier);
    }

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
