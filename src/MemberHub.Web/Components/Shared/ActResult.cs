using MemberHub.Web.Infrastructure;

namespace MemberHub.Web.Components.Shared;

/// <summary>
/// What a statically rendered page shows after one of its buttons posted (a <see cref="PostAction"/>): what to say, the
/// refusal under the box that was sent, and what its boxes hold next — everything that was posted, less the text that
/// was just saved, so no refusal and no vote loses a draft.
/// </summary>
public sealed record ActResult<TForm>(bool Succeeded, string? Message, TForm Boxes, string? BoxError = null, string? Field = null, bool CloseBox = false)
{
    /// <summary>A button's act: done (with what to say), or refused with why.</summary>
    public static ActResult<TForm> Of(Outcome outcome, string? done, TForm form) =>
        outcome.Succeeded ? new(true, done, form) : new(false, outcome.Error, form, Field: outcome.Field);

    /// <summary>A box's own act: done, the box shows <paramref name="saved"/> (its text cleared) and may close; refused, it keeps the text and says why under it.</summary>
    public static ActResult<TForm> OfBox(Outcome outcome, string? done, TForm form, TForm saved, bool close = false) =>
        outcome.Succeeded ? new(true, done, saved, CloseBox: close) : new(false, outcome.Error, form, outcome.Error, outcome.Field);
}
