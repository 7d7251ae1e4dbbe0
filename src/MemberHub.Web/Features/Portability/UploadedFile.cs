using MemberHub.Web.Features.Portability.MovingIn;
using MemberHub.Web.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace MemberHub.Web.Features.Portability;

/// <summary>A file the Owner uploaded on a moving-in or restore page, read from the browser.</summary>
internal static class UploadedFile
{
    /// <summary>Its bytes, or the message to show: larger than <see cref="MemberCsv.MaxBytes"/>, or the upload broke off.</summary>
    public static async Task<Outcome<byte[]>> ReadAsync(IBrowserFile file, IStringLocalizer<PortabilityText> text)
    {
        if (file.Size > MemberCsv.MaxBytes)
        {
            return Outcome<byte[]>.Refused(text["MovingIn.Csv.TooLarge", MemberCsv.MaxBytes / 1048576]);
        }
        using var buffer = new MemoryStream();
        return await CopyAsync(file, buffer, MemberCsv.MaxBytes, text) is { } broken
            ? Outcome<byte[]>.Refused(broken)
            : Outcome<byte[]>.Ok(buffer.ToArray());
    }

    /// <summary>
    /// Copies the upload into <paramref name="to"/>; null when it arrived whole, else the message to show. A connection that
    /// drops, a file changed on disk while it was read, or a browser that stops sending must not end the page's circuit:
    /// the Owner is told and tries again.
    /// </summary>
    public static async Task<string?> CopyAsync(IBrowserFile file, Stream to, long maxBytes, IStringLocalizer<PortabilityText> text)
    {
        try
        {
            await file.OpenReadStream(maxBytes).CopyToAsync(to);
            return null;
        }
        catch (Exception e) when (e is IOException or JSException or OperationCanceledException)
        {
            return text["Upload.Broken"];
        }
    }
}
