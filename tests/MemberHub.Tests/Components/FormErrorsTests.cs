using MemberHub.Web.Components.Shared;
using Microsoft.AspNetCore.Components.Forms;

namespace MemberHub.Tests.Components;

public class FormErrorsTests
{
    private sealed class Input
    {
        public string? Release { get; set; }
        public string? Title { get; set; }
    }

    [Fact]
    public void A_refusal_shows_beside_its_field_and_does_not_block_the_next_submit()
    {
        var context = new EditContext(new Input());
        var errors = new FormErrors(context);

        errors.Show(nameof(Input.Release), "Not a date");
        var shown = context.GetValidationMessages(context.Field(nameof(Input.Release))).ToList();
        var valid = context.Validate();

        Assert.Equal(["Not a date"], shown);
        Assert.True(valid);
    }

    [Fact]
    public void Editing_the_field_clears_its_refusal()
    {
        var context = new EditContext(new Input());
        var errors = new FormErrors(context);
        errors.Show(nameof(Input.Release), "Not a date");

        context.NotifyFieldChanged(context.Field(nameof(Input.Release)));

        Assert.Empty(context.GetValidationMessages());
    }
}
