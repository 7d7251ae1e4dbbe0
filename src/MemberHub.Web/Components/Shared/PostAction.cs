using System.Globalization;

namespace MemberHub.Web.Components.Shared;

/// <summary>
/// What a button on a statically rendered page asks for, or which box a link opens: a verb, and the post it concerns
/// ("vote:answer:12", "comment:answer:12", "answer"). It travels as the submit button's value or in the page's
/// <c>?open=</c> query, so a page needs no circuit to know what was clicked.
/// </summary>
public sealed record PostAction(string Verb, string Kind = "", int Id = 0)
{
    public override string ToString() => Kind.Length == 0 ? Verb : $"{Verb}:{Kind}:{Id.ToString(CultureInfo.InvariantCulture)}";

    public bool Is(string verb, string kind, int id) => Verb == verb && Kind == kind && Id == id;

    /// <summary>Null for anything that is not "verb" or "verb:kind:id" with a positive id (a hand-made URL or form).</summary>
    public static PostAction? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return null;
        }
        var parts = text.Split(':');
        return parts switch
        {
            [var verb] when IsWord(verb) => new PostAction(verb),
            [var verb, var kind, var id] when IsWord(verb) && IsWord(kind)
                && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 => new PostAction(verb, kind, number),
            _ => null,
        };
    }

    private static bool IsWord(string part) => part.Length > 0 && part.All(c => c is (>= 'a' and <= 'z') or '-');
}
